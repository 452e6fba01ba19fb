using Huiyin.BuildingBlocks.Contacts;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features;
using Huiyin.Tickets.Features.Dispatch;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Huiyin.Tickets.Seeding;

/// <summary>
/// The local run's demo tickets (<c>Seed:Demo=true</c>), taken in through the same commands as real ones: open work
/// in every status, some received hours ago so that the sweep finds them at risk or breached. Only into an empty module.
/// </summary>
internal sealed class DemoTickets(TicketsDbContext db, IMediator mediator, TimeProvider clock, IConfiguration configuration) : IStartupTask
{
    private static readonly (TicketCategory Category, string Description)[] Reports =
    [
        (TicketCategory.Plumbing, "厨房水槽下水管漏水，地面有积水"),
        (TicketCategory.Electrical, "客厅插座跳闸，整屋断电"),
        (TicketCategory.Lift, "2号电梯运行时有异响"),
        (TicketCategory.Hvac, "中央空调不制冷"),
        (TicketCategory.Gas, "燃气表显示异常，请上门检查"),
        (TicketCategory.Cleaning, "楼道垃圾未及时清运"),
        (TicketCategory.Security, "地下车库门禁卡失灵"),
        (TicketCategory.Greening, "小区绿化带树枝折断"),
        (TicketCategory.Appliance, "热水器无法点火"),
        (TicketCategory.Other, "询问装修申请流程"),
    ];

    /// <summary>Where each demo ticket ends up, and how many hours before now it was received.</summary>
    private static readonly (TicketAction[] Path, double HoursAgo)[] Plan =
    [
        ([], 0.2), ([], 2.6), ([], 4), ([], 1),
        ([TicketAction.Contact], 0.5), ([TicketAction.Contact], 20), ([TicketAction.Contact], 30),
        ([TicketAction.Contact, TicketAction.Assign], 1), ([TicketAction.Contact, TicketAction.Assign], 22), ([TicketAction.Assign], 5),
        ([TicketAction.Contact, TicketAction.Assign, TicketAction.Schedule], 2), ([TicketAction.Contact, TicketAction.Assign, TicketAction.Schedule], 6),
        ([TicketAction.Contact, TicketAction.Assign, TicketAction.Start], 3), ([TicketAction.Contact, TicketAction.Assign, TicketAction.Start], 26),
        ([TicketAction.Contact, TicketAction.Pend], 8), ([TicketAction.Contact, TicketAction.Assign, TicketAction.Pend], 40),
        ([TicketAction.Contact, TicketAction.Resolve], 5), ([TicketAction.Contact, TicketAction.Assign, TicketAction.Start, TicketAction.Resolve], 28),
        ([TicketAction.Contact, TicketAction.Resolve, TicketAction.Close], 48), ([TicketAction.Contact, TicketAction.Resolve, TicketAction.Close], 100),
        ([TicketAction.Contact, TicketAction.Resolve, TicketAction.Reopen], 50),
        ([TicketAction.Cancel], 3),
    ];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Seed:Demo") || await db.Tickets.AnyAsync(cancellationToken))
        {
            return;
        }

        var customers = await mediator.Send(new ListCustomerSummaries(Plan.Length), cancellationToken);
        var technicians = await mediator.Send(new GetStaffCards(StaffRole.Technician), cancellationToken);
        if (customers.Count == 0 || technicians.Count == 0)
        {
            return;
        }

        for (var i = 0; i < Plan.Length; i++)
        {
            var (category, description) = Reports[i % Reports.Length];
            var created = await mediator.Send(new CreateTicket(
                category == TicketCategory.Other ? TicketKind.Enquiry : TicketKind.Repair, IntakeChannel.Phone,
                customers[i % customers.Count].CustomerId, category, description,
                Complexity: i % 4 == 0 ? WorkComplexity.Complex : null, ReceivedAt: clock.GetUtcNow().AddHours(-Plan[i].HoursAgo)), cancellationToken);
            Ensure(created);
            foreach (var step in Plan[i].Path)
            {
                Ensure(await TakeAsync(created.Value.Ticket.Id, step, technicians[i % technicians.Count].Id, cancellationToken));
            }
        }
    }

    private async Task<Result> TakeAsync(Guid ticketId, TicketAction step, Guid technician, CancellationToken cancellationToken) => step switch
    {
        TicketAction.Contact => await mediator.Send(new LogContact(ticketId, ContactMethod.Phone, ContactOutcome.Reached, "已与业主电话沟通，约定处理时间", null), cancellationToken),
        TicketAction.Assign => await mediator.Send(new AssignTicket(ticketId, technician, null, null, null), cancellationToken),
        TicketAction.Schedule => await mediator.Send(new ScheduleTicket(ticketId, clock.GetUtcNow().AddHours(3), clock.GetUtcNow().AddHours(5), null), cancellationToken),
        TicketAction.Pend => await mediator.Send(new ChangeTicketStatus(ticketId, step, "等待配件到货", null), cancellationToken),
        TicketAction.Resolve => await mediator.Send(new ChangeTicketStatus(ticketId, step, "已上门处理完毕，业主确认", null), cancellationToken),
        TicketAction.Reopen => await mediator.Send(new ChangeTicketStatus(ticketId, step, "业主反映问题再次出现", null), cancellationToken),
        TicketAction.Cancel => await mediator.Send(new ChangeTicketStatus(ticketId, step, "业主已自行处理", null), cancellationToken),
        _ => await mediator.Send(new ChangeTicketStatus(ticketId, step, null, null), cancellationToken),
    };

    private static void Ensure(Result result)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException($"Demo tickets could not be seeded: {result.Error.Code} {result.Error.Message}");
        }
    }
}
