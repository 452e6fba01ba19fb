using System.Net;
using System.Net.Http.Json;
using Huiyin.TestKit;

namespace Huiyin.Callbacks.Tests;

/// <summary>A host whose callbacks fall on the working days of the business calendar <see cref="CalendarId"/>, made by a test when it needs one.</summary>
public sealed class AnnualPlanApp : HuiyinApp
{
    public static readonly Guid CalendarId = Guid.Parse("0193f2a0-0000-7000-8000-00000000ca1e");

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Callbacks:CalendarId"] = CalendarId.ToString() };

    /// <summary>The desk's calendar: Monday to Friday, these holidays off and these Saturdays worked.</summary>
    public async Task CalendarAsync(HttpClient manager, string ics)
    {
        var weekdays = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }
            .Select(day => new { day, from = "09:00", to = "18:00" }).ToArray();
        var calendar = await (await manager.PostAsJsonAsync("/api/v1/sla/calendars", new { name = "客服中心", weeklyHours = weekdays }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await using (var connection = await OpenConnectionAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE sla.calendars SET id = @fixed WHERE id = @made";
            command.Parameters.AddWithValue("fixed", CalendarId);
            command.Parameters.AddWithValue("made", calendar.Id());
            await command.ExecuteNonQueryAsync();
        }

        await (await manager.PostAsJsonAsync($"/api/v1/sla/calendars/{CalendarId}/import", new { ics })).ShouldBeJsonAsync(HttpStatusCode.OK);
    }
}

[CollectionDefinition(Name)]
public sealed class AnnualPlanCollection : ICollectionFixture<AnnualPlanApp>
{
    public const string Name = "Callbacks annual plan";
}
