using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

/// <summary>A host of its own that seeds the demo data, as the local run does, with the sweep left to the test.</summary>
public sealed class DemoTicketsApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Seed:Demo"] = "true", ["Hangfire:Enabled"] = "false" };
}

public sealed class DemoTicketsTests(DemoTicketsApp app) : IClassFixture<DemoTicketsApp>
{
    [Fact]
    public async Task The_demo_has_tickets_in_every_status_and_after_a_sweep_some_breached_and_some_at_risk()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<MediatR.IMediator>();
            while ((await mediator.Send(new Sla.Jobs.SweepDueClocks(500))).Value == 500)
            {
            }
        }

        var supervisor = await app.SignedInAsAsync(StaffRole.Supervisor);
        var all = await (await supervisor.GetAsync("/api/v1/tickets?limit=200")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var tickets = all.GetProperty("items").EnumerateArray().ToList();

        var statuses = tickets.Select(t => t.GetProperty("status").GetString()).ToHashSet();
        Assert.Equal(["Assigned", "Cancelled", "Closed", "Contacted", "InProgress", "New", "Pending", "Reopened", "Resolved", "Scheduled"], statuses.Order());
        var escalations = await (await supervisor.GetAsync("/api/v1/sla/escalations")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.NotEmpty(escalations.GetProperty("items").EnumerateArray());
        var now = DateTimeOffset.UtcNow;
        Assert.Contains(tickets, t => t.GetProperty("status").GetString() == "New"
            && t.GetProperty("sla").GetProperty("firstContactDueAt").GetDateTimeOffset() is var due && due > now && due < now.AddHours(1));
    }

    [Fact]
    public async Task The_demo_organisation_gives_a_dispatcher_skilled_technicians_across_teams()
    {
        var supervisor = await app.SignedInAsAsync(StaffRole.Supervisor);

        var technicians = (await (await supervisor.GetAsync("/api/v1/staff?role=Technician&limit=200")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Where(t => t.GetProperty("username").GetString()!.StartsWith("tech", StringComparison.Ordinal)).ToList();
        var skills = technicians.SelectMany(t => t.GetProperty("skills").EnumerateArray().Select(skill => skill.GetString())).ToHashSet();
        var agents = (await (await supervisor.GetAsync("/api/v1/staff?role=Agent")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").GetArrayLength();

        Assert.True(technicians.Count >= 8, $"{technicians.Count} demo technicians");
        Assert.Superset(new HashSet<string?> { "plumbing", "electrical", "hvac", "lift", "cleaning", "security", "greening" }, skills);
        Assert.True(technicians.Select(t => t.GetProperty("teamId").GetGuid()).Distinct().Count() >= 4);
        Assert.True(agents >= 2);
    }
}
