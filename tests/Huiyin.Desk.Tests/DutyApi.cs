using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Desk.Tests;

/// <summary>Calls and values the tests share. The week of Monday 4 January 2027 at the desk (Asia/Shanghai).</summary>
internal static class DutyApi
{
    public static readonly DateOnly Monday = new(2027, 1, 4);

    public static readonly object[] ThreeShifts =
    [
        new { name = "早班", start = "08:00", end = "16:00" },
        new { name = "中班", start = "16:00", end = "22:00" },
        new { name = "夜班", start = "22:00", end = "08:00" },
    ];

    /// <summary>A desk-local instant on the <paramref name="day"/>-th of January 2027.</summary>
    public static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2027, 1, day, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>Sets the host's clock to <paramref name="at"/> (it keeps ticking from there).</summary>
    public static void SetNow(this HuiyinApp app, DateTimeOffset at) => app.Clock.Advance(at - app.Clock.GetUtcNow());

    /// <summary>A new team with <paramref name="members"/> moved into it, as an Admin does it.</summary>
    public static async Task<Guid> TeamAsync(HuiyinApp app, params Guid[] members)
    {
        var admin = await app.SignedInAsAsync(StaffRole.Admin);
        var team = (await (await admin.PostAsJsonAsync("/api/v1/teams", new { name = $"班组 {Guid.NewGuid():N}" })).ShouldBeJsonAsync(HttpStatusCode.Created)).Id();
        foreach (var member in members)
        {
            var read = await admin.GetAsync($"/api/v1/staff/{member}");
            read.EnsureSuccessStatusCode();
            (await admin.MergePatchAsync($"/api/v1/staff/{member}", read.Headers.ETag!.ToString(), $$"""{ "teamId": "{{team}}" }""")).EnsureSuccessStatusCode();
        }

        return team;
    }

    public static Task<HttpResponseMessage> PutRosterAsync(HttpClient caller, object roster) => caller.PutAsJsonAsync("/api/v1/duty/roster", roster);

    /// <summary>Sets a team's roster for the week of <see cref="Monday"/> as a Supervisor.</summary>
    public static async Task SetRosterAsync(HuiyinApp app, Guid teamId, object[] shifts, object[] assignments, Guid? calendarId = null) =>
        await (await PutRosterAsync(await app.SignedInAsAsync(StaffRole.Supervisor), new { teamId, weekOf = Monday, calendarId, shifts, assignments }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

    public static object On(int day, string shift, params Guid[] staffIds) => new { date = new DateOnly(2027, 1, day), shift, staffIds };

    /// <summary>Who is on duty at <paramref name="at"/>: "shift: staff ids" per team and shift.</summary>
    public static async Task<string[]> OnDutyAsync(HttpClient caller, DateTimeOffset at)
    {
        var onDuty = await (await caller.GetAsync($"/api/v1/duty?at={Uri.EscapeDataString(at.ToString("O"))}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return onDuty.EnumerateArray()
            .Select(d => $"{d.GetProperty("shift").GetString()}: {string.Join(",", d.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("displayName").GetString()))}")
            .ToArray();
    }

    public static Guid Id(this JsonElement resource) => resource.GetProperty("id").GetGuid();

    public static string Text(this JsonElement resource, string property) => resource.GetProperty(property).GetString()!;

    public static async Task<long> CountAsync(this HuiyinApp app, string sql)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
