using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Jobs;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Facilities.Tests;

[Collection(FacilitiesCollection.Name)]
public sealed class EquipmentTests(FacilitiesApp app) : HuiyinTest(app)
{
    private FacilitiesApp Facilities => (FacilitiesApp)App;

    [Fact]
    public async Task A_lift_down_shows_on_every_unit_of_its_building_until_it_is_up_again()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var building = await FacilitiesApi.BuildingAsync(App);
        var unit = await FacilitiesApi.UnitAsync(App, building);
        var elsewhere = await FacilitiesApi.UnitAsync(App, await FacilitiesApi.BuildingAsync(App, site: "锦绣园"));
        var lift = await LiftAsync(building.Id());

        var down = await (await StatusAsync(technician, lift, "Down", "困人故障，等待维保单位")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var shown = await FacilitiesApi.GetUnitAsync(technician, unit);
        var notShown = await FacilitiesApi.GetUnitAsync(technician, elsewhere);
        var downAgain = await StatusAsync(technician, lift, "Down", "仍在维修");
        await StatusAsync(technician, lift, "Up");

        Assert.Equal("Down", down.Text("status"));
        var listed = Assert.Single(shown.Items("equipmentDown"));
        Assert.Equal((lift.Id(), "困人故障，等待维保单位"), (listed.Id(), listed.Text("reason")));
        Assert.Empty(notShown.Items("equipmentDown"));
        Assert.Equal("illegal_transition", (await downAgain.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        Assert.Empty((await FacilitiesApi.GetUnitAsync(technician, unit)).Items("equipmentDown"));
        var events = (await FacilitiesApi.OutboxAsync(App)).Where(e => e.Type == nameof(EquipmentStatusChanged)).Select(e => e.Payload).ToList();
        Assert.Equal([("Up", "Down"), ("Down", "Up")], events.Select(e => (e.Text("previousStatus"), e.Text("status"))));
        Assert.Equal(JsonValueKind.Null, events[0].GetProperty("downtime").ValueKind);
        Assert.True(TimeSpan.Parse(events[1].Text("downtime")) > TimeSpan.Zero);
        Assert.Equal(building.Id(), events[1].GetProperty("buildingId").GetGuid());
        Assert.Equal(building.Text("siteId"), events[1].Text("siteId"));
    }

    [Fact]
    public async Task Equipment_needs_a_known_location_and_a_reason_to_go_down_and_only_technicians_and_supervisors_report_it()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var lift = await LiftAsync((await FacilitiesApi.BuildingAsync(App)).Id());

        await (await manager.PostAsJsonAsync("/api/v1/facilities/equipment", new { name = "1号梯", type = "Lift", locationId = Guid.NewGuid() }))
            .ShouldBeValidationProblemForAsync("locationId");
        await (await manager.PostAsJsonAsync("/api/v1/facilities/equipment", new { name = "1号梯", type = "Escalator", locationId = lift.Id() }))
            .ShouldBeValidationProblemForAsync("type");
        await (await StatusAsync(manager, lift, "Down")).ShouldBeValidationProblemForAsync("reason");
        await (await manager.PostAsJsonAsync($"/api/v1/facilities/equipment/{Guid.NewGuid()}/status", new { status = "Up" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await StatusAsync(agent, lift, "Down", "停电")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/facilities/equipment", new { name = "泵", type = "Pump", locationId = lift.Text("siteId") })).StatusCode);
        Assert.Empty(await FacilitiesApi.OutboxAsync(App));
    }

    [Fact]
    public async Task A_certificate_expiring_within_30_days_is_announced_to_supervisors_and_managers_once()
    {
        var building = await FacilitiesApi.BuildingAsync(App);
        var soon = await LiftAsync(building.Id(), expiresIn: TimeSpan.FromDays(40));
        await LiftAsync(building.Id(), name: "2号梯", expiresIn: TimeSpan.FromDays(90));

        await RemindAsync();
        Assert.Empty(await RemindersAsync());

        App.Clock.Advance(TimeSpan.FromDays(11));
        await RemindAsync();
        await RemindAsync();
        App.Clock.Advance(TimeSpan.FromDays(1));
        await RemindAsync();

        var reminder = Assert.Single(await RemindersAsync());
        Assert.Equal(soon.Id(), reminder.GetProperty("equipmentId").GetGuid());
        Assert.Equal("TS3310001", reminder.Text("certificateNumber"));
        Assert.Equal(["Supervisor", "Manager"], reminder.Items("notifyRoles").Select(r => r.GetString()));
        Assert.Equal(building.Id(), reminder.GetProperty("buildingId").GetGuid());
    }

    [Fact]
    public async Task A_certificate_is_announced_with_the_day_it_expires_at_the_desk()
    {
        var desk = App.Services.GetRequiredService<DeskTime>();
        var expiresOn = desk.Today(App.Clock).AddDays(20);
        await LiftAsync((await FacilitiesApi.BuildingAsync(App)).Id(), expiresAt: desk.StartOf(expiresOn));

        await RemindAsync();

        var reminder = Assert.Single(await RemindersAsync());
        Assert.Equal(expiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reminder.Text("expiresOn"));
    }

    private async Task<JsonElement> LiftAsync(Guid locationId, string name = "1号梯", TimeSpan? expiresIn = null, DateTimeOffset? expiresAt = null)
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        return await FacilitiesApi.CreatedAsync(manager, "equipment", new
        {
            name,
            type = "Lift",
            locationId,
            contractor = "奥的斯电梯维保",
            certificateNumber = "TS3310001",
            certificateExpiresAt = expiresAt ?? DateTimeOffset.UtcNow + (expiresIn ?? TimeSpan.FromDays(365)),
        });
    }

    private static Task<HttpResponseMessage> StatusAsync(HttpClient caller, JsonElement equipment, string status, string? reason = null) =>
        caller.PostAsJsonAsync($"/api/v1/facilities/equipment/{equipment.Id()}/status", new { status, reason });

    private async Task RemindAsync() => Assert.True((await Facilities.SendAsync(new RemindExpiringCertificates())).IsSuccess);

    private async Task<List<JsonElement>> RemindersAsync() =>
        (await FacilitiesApi.OutboxAsync(App)).Where(e => e.Type == nameof(EquipmentCertificateExpiring)).Select(e => e.Payload).ToList();
}
