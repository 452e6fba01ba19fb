using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

/// <summary>The events other modules read of a ticket (and of its deadline extensions) name the ticket's team and the site of its unit.</summary>
[Collection(TicketsCollection.Name)]
public sealed class EventPlaceTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task Ticket_and_extension_events_carry_the_assigned_team_and_the_site_of_the_unit()
    {
        var (site, unit) = await UnitAsync();
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketApi.CreateAsync(agent, new
        {
            kind = "Repair", channel = "Phone", customerId = await Desk.CustomerAsync(), category = "Plumbing", unitId = unit.ToString(), description = "卫生间漏水",
        });
        var team = Guid.CreateVersion7();
        var technician = await App.ProvisionAsync("site-tech", StaffRole.Technician);
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        await (await TicketApi.ActAsync(supervisor, ticket, "assign", new { technicianId = technician, teamId = team })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var due = (await TicketApi.GetAsync(agent, ticket)).Sla().GetProperty("resolutionDueAt").GetDateTimeOffset();
        var extension = await (await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id()}/extensions", new { reason = "等待厂家配件", newDueAt = due.AddDays(2) }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await supervisor.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id()}/extensions/{extension.Id()}/refuse", new { note = "请先加派人手" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(1, await PlacedAsync("tickets", "TicketCreated", null, site));
        Assert.Equal(1, await PlacedAsync("tickets", "TicketAssigned", team, site));
        Assert.Equal(1, await PlacedAsync("sla", "DeadlineExtensionRequested", team, site));
        Assert.Equal(1, await PlacedAsync("sla", "DeadlineExtensionDecided", team, site));
    }

    [Fact]
    public async Task A_ticket_without_a_known_unit_names_no_site()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync()));

        Assert.Equal(1, await PlacedAsync("tickets", "TicketCreated", null, null));
    }

    /// <summary>How many of the schema's published events of <paramref name="type"/> name exactly this team and site (null: none).</summary>
    private Task<long> PlacedAsync(string schema, string type, Guid? team, Guid? site) => Desk.CountAsync(
        $"SELECT count(*) FROM {schema}.outbox_messages WHERE type LIKE '%.{type}' " +
        $"AND coalesce(payload::jsonb->>'teamId', '') = '{team}' AND coalesce(payload::jsonb->>'siteId', '') = '{site}'");

    private async Task<(Guid Site, Guid Unit)> UnitAsync()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var site = await Created(manager, "sites", new { name = "翠苑", address = "杭州市西湖区文三路 1 号" });
        var building = await Created(manager, "buildings", new { siteId = site, code = "3", name = "3栋", floors = 18 });
        return (site, await Created(manager, "units", new { buildingId = building, entrance = "2", floor = 12, number = "1201", areaSquareMetres = 89.5m }));
    }

    private static async Task<Guid> Created(HttpClient caller, string resource, object body) =>
        (await (await caller.PostAsJsonAsync($"/api/v1/facilities/{resource}", body)).ShouldBeJsonAsync(HttpStatusCode.Created)).Id();
}
