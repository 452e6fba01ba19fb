using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Huiyin.Tickets.Contracts;

namespace Huiyin.Tickets.Tests;

[Collection(TicketsCollection.Name)]
public sealed class TicketWorkersTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task The_workers_of_a_ticket_are_its_technicians_and_the_staff_member_who_took_it_in()
    {
        var (ticket, _) = await FieldApi.DispatchedJobAsync(Desk, "tech-huang");
        var technicianId = await App.ProvisionAsync("tech-huang", StaffRole.Technician);
        var supervisorId = await App.ProvisionAsync("test-supervisor", StaffRole.Supervisor);

        var workers = await Desk.SendAsync(new GetTicketWorkers(ticket.Id()));

        Assert.Equal(new[] { supervisorId, technicianId }.Order(), workers.Order());
    }

    [Fact]
    public async Task An_unknown_ticket_has_no_workers() =>
        Assert.Empty(await Desk.SendAsync(new GetTicketWorkers(Guid.CreateVersion7())));
}
