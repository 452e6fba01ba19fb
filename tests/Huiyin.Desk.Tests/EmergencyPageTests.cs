using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Huiyin.Tickets.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Desk.Tests;

[Collection(ApiCollection.Name)]
public sealed class EmergencyPageTests(HuiyinApp app) : HuiyinTest(app)
{
    private const string PagedInboxRows = "SELECT count(*) FROM notifications.inbox_items WHERE code = 'inbox.emergencyPaged'";

    [Fact]
    public async Task A_lift_entrapment_at_night_pages_the_technician_and_the_manager_on_the_night_shift_exactly_once()
    {
        var nightTechnician = await OnCallAsync("night-tech", StaffRole.Technician, "13800000001");
        var nightManager = await OnCallAsync("night-manager", StaffRole.Manager, "13800000002");
        var nightAgent = await App.ProvisionAsync("night-agent", StaffRole.Agent);
        var dayTechnician = await OnCallAsync("day-tech", StaffRole.Technician, "13800000003");
        var team = await DutyApi.TeamAsync(App, nightTechnician, nightManager, nightAgent, dayTechnician);
        await DutyApi.SetRosterAsync(App, team, DutyApi.ThreeShifts,
            [DutyApi.On(4, "夜班", nightTechnician, nightManager, nightAgent), DutyApi.On(5, "早班", dayTechnician)]);
        App.SetNow(DutyApi.Local(5, 2, 30));

        var ticket = await Cases.TicketAsync(App, "LiftEntrapment");
        Assert.Equal(2, await Cases.EventuallyCountAsync(App, PagedInboxRows, 2));
        await App.DeliverAgainAsync(ticket.Id());

        Assert.Equal(1, await App.CountAsync("SELECT count(*) FROM desk.emergency_pages"));
        Assert.Equal(2, await App.CountAsync(PagedInboxRows));
        Assert.Equal(2, await Cases.EventuallyCountAsync(App, "SELECT count(*) FROM notifications.outgoing_messages WHERE text LIKE '紧急事件%电梯困人%'", 2));
        Assert.Equal(2, await App.CountAsync(
            $"SELECT count(*) FROM notifications.inbox_items WHERE code = 'inbox.emergencyPaged' AND recipient_id IN ('{nightTechnician}', '{nightManager}')"));
        var banner = await (await (await App.SignedInAsAsync("night-tech")).GetAsync("/api/v1/duty/pages")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(ticket.Text("number"), Assert.Single(banner.EnumerateArray()).Text("number"));
        var notPaged = await (await (await App.SignedInAsAsync("day-tech")).GetAsync("/api/v1/duty/pages")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Empty(notPaged.EnumerateArray());
    }

    [Fact]
    public async Task The_page_names_the_site_of_the_reported_unit()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var site = await Cases.FacilityAsync(manager, "sites", new { name = "翠苑", address = "杭州市西湖区文三路 1 号" });
        var building = await Cases.FacilityAsync(manager, "buildings", new { siteId = site, code = "3", name = "3栋", floors = 18 });
        var unit = await Cases.FacilityAsync(manager, "units", new { buildingId = building, entrance = "2", floor = 12, number = "1201", areaSquareMetres = 89.5m });
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await (await agent.PostAsJsonAsync("/api/v1/customers", new { type = "Owner", name = "张丽", phones = new[] { "13900139000" } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        await (await agent.PostAsJsonAsync("/api/v1/tickets", new
        {
            kind = "Repair", channel = "Phone", customerId = customer.Id(), category = "LiftEntrapment", unitId = unit.ToString(), description = "3栋电梯困人",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Equal(1, await Cases.EventuallyCountAsync(App,
            $"SELECT count(*) FROM desk.outbox_messages WHERE type LIKE '%.EmergencyPaged' AND payload::jsonb->>'siteId' = '{site}'", 1));
    }

    [Fact]
    public async Task An_ordinary_repair_pages_nobody()
    {
        var nightTechnician = await App.ProvisionAsync("night-tech", StaffRole.Technician);
        await DutyApi.SetRosterAsync(App, await DutyApi.TeamAsync(App, nightTechnician), DutyApi.ThreeShifts, [DutyApi.On(4, "夜班", nightTechnician)]);
        App.SetNow(DutyApi.Local(5, 2, 30));

        var ticket = await Cases.TicketAsync(App);
        await App.DeliverAgainAsync(ticket.Id());

        Assert.Equal(0, await App.CountAsync("SELECT count(*) FROM desk.emergency_pages"));
    }

    [Fact]
    public async Task An_emergency_ticket_runs_on_the_minutes_level_policy()
    {
        var ticket = await Cases.TicketAsync(App, "GasLeak");

        var clocks = await App.CountAsync(
            $"SELECT count(*) FROM sla.clocks WHERE item_id = '{ticket.Id()}' AND metric = 'FirstContact' AND policy_name = '紧急·燃气泄漏' AND due_at - started_at = interval '10 minutes'");

        Assert.Equal(1, clocks);
    }

    private async Task<Guid> OnCallAsync(string username, StaffRole role, string mobile)
    {
        var id = await App.ProvisionAsync(username, role);
        (await (await App.SignedInAsAsync(username)).PutAsJsonAsync("/api/v1/me/contact", new { email = "", mobile })).EnsureSuccessStatusCode();
        return id;
    }
}

internal static class Redelivery
{
    /// <summary>Publishes a ticket's TicketCreated from the Tickets outbox once more, as a second host or a retry would.</summary>
    public static async Task DeliverAgainAsync(this HuiyinApp app, Guid ticketId)
    {
        string payload;
        await using (var connection = await app.OpenConnectionAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT payload::text FROM tickets.outbox_messages WHERE type = '{typeof(TicketCreated).FullName}' AND payload->>'ticketId' = '{ticketId}'";
            payload = (string)(await command.ExecuteScalarAsync())!;
        }

        var created = JsonSerializer.Deserialize<TicketCreated>(payload, IntegrationEventJson.Options)!;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(created);
    }
}
