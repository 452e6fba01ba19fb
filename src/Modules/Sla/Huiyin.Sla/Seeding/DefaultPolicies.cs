using Huiyin.BuildingBlocks.Modules;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Policies;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Seeding;

/// <summary>
/// On a new installation, the deadlines of the product specification: first contact within 3 hours;
/// resolution within 24 hours (standard) or 48 hours (complex); complaints by severity; and the stricter
/// tier-1 VIP example (first contact within 1 hour); the <see cref="EmergencyPolicies"/> first of all, in minutes;
/// every report acknowledged within 15 minutes and handed off within an hour. A catch-all rule comes last. An installation
/// whose catalogue predates the emergencies gets each emergency that no policy of its own matches by category, once, ahead
/// of its own policies (<see cref="AddEmergencyPolicies"/>).
/// </summary>
internal sealed class DefaultPolicies(SlaDbContext db, IMediator mediator) : IStartupTask
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Ack = PolicyTerms.DefaultAcknowledgement;
    private static readonly TimeSpan Handoff = PolicyTerms.DefaultHandoff;

    private static readonly PolicyTerms[] Defaults =
    [
        .. EmergencyPolicies.Terms,
        new("一级VIP客户·复杂工单", 10, new(SlaWorkType.Ticket, Complexity: WorkComplexity.Complex, CustomerTier: 1, Vip: true), Hour, 48 * Hour, 80, null, 3, Ack, Handoff),
        new("一级VIP客户·工单", 20, new(SlaWorkType.Ticket, CustomerTier: 1, Vip: true), Hour, 24 * Hour, 80, null, 3, Ack, Handoff),
        new("重大投诉", 30, new(SlaWorkType.Complaint, Severity: ComplaintSeverity.Major), 3 * Hour, 48 * Hour, 80, null, 3, Ack, Handoff),
        new("重要投诉", 40, new(SlaWorkType.Complaint, Severity: ComplaintSeverity.Important), 3 * Hour, 48 * Hour, 80, null, 3, Ack, Handoff),
        new("一般投诉", 50, new(SlaWorkType.Complaint), 3 * Hour, 24 * Hour, 80, null, 3, Ack, Handoff),
        new("复杂工单", 60, new(SlaWorkType.Ticket, Complexity: WorkComplexity.Complex), 3 * Hour, 48 * Hour, 80, null, 3, Ack, Handoff),
        new("标准工单", 70, new(SlaWorkType.Ticket), 3 * Hour, 24 * Hour, 80, null, 3, Ack, Handoff),
        new("回访", 80, new(SlaWorkType.Callback), 24 * Hour, 24 * Hour, 80, null, 1, Ack, Handoff),
        new("默认", 1000, new(), 3 * Hour, 24 * Hour, 80, null, 3, Ack, Handoff),
    ];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var categories = await db.Policies.Select(p => p.Match.Category).ToListAsync(cancellationToken);
        if (categories.Count == 0)
        {
            db.Policies.AddRange(Defaults.Select(SlaPolicy.Create));
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (EmergencyPolicies.MissingFrom(categories).Count > 0)
        {
            // A conflict means a host starting alongside added them first, which is as good.
            await mediator.Send(new AddEmergencyPolicies(), cancellationToken);
        }
    }
}
