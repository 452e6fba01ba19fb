using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Complaints.Tests;

/// <summary>A host of its own that seeds the demo data, as the local run does, with the sweep left to the test.</summary>
public sealed class DemoComplaintsApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Seed:Demo"] = "true", ["Hangfire:Enabled"] = "false" };
}

public sealed class DemoComplaintsTests(DemoComplaintsApp app) : IClassFixture<DemoComplaintsApp>
{
    [Fact]
    public async Task The_demo_has_complaints_of_every_severity_at_every_step_and_after_a_sweep_some_breached()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<MediatR.IMediator>();
            while ((await mediator.Send(new Sla.Jobs.SweepDueClocks(500))).Value == 500)
            {
            }
        }

        var manager = await app.SignedInAsAsync(StaffRole.Manager);
        var complaints = (await (await manager.GetAsync("/api/v1/complaints?limit=200")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(["CarriedOut", "Closed", "Investigated", "Registered", "RemedyDecided", "RemedyProposed", "Reopened", "Resolved"],
            complaints.Select(c => c.Text("status")).ToHashSet().Order());
        Assert.Equal(["General", "Important", "Major"], complaints.Select(c => c.Text("severity")).ToHashSet().Order());
        var registered = complaints.Where(c => c.Text("status") == "Registered").ToList();
        var slas = await Task.WhenAll(registered.Select(async c =>
            (await (await manager.GetAsync($"/api/v1/complaints/{c.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("sla")));
        Assert.Contains(slas, sla => sla.GetProperty("firstContactBreached").GetBoolean());
        Assert.Contains(slas, sla => !sla.GetProperty("firstContactBreached").GetBoolean());
    }
}
