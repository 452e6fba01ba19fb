using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Jobs;

/// <summary>
/// Job <c>complaints:thirty-day-rule</c>, hourly: an effective complaint still not resolved 30 days after it was registered becomes
/// Major by itself (S1), announced with the cause <see cref="SeverityRaiseCause.OpenThirtyDays"/>, its deadlines restarted under
/// the Major policy. A complaint already Major is left alone, so running the job again changes nothing.
/// </summary>
internal sealed record ApplyThirtyDayRule : ICommand<Result>
{
    public const string JobId = "complaints:thirty-day-rule";
    public const string Schedule = "15 * * * *";
    public static readonly TimeSpan OpenFor = TimeSpan.FromDays(30);
}

internal sealed class ApplyThirtyDayRuleHandler(ComplaintsDbContext db, SeverityRaises raises, TimeProvider clock) : IRequestHandler<ApplyThirtyDayRule, Result>
{
    public async Task<Result> Handle(ApplyThirtyDayRule request, CancellationToken cancellationToken)
    {
        var registeredBefore = clock.GetUtcNow() - ApplyThirtyDayRule.OpenFor;
        var overdue = await db.Complaints
            .Where(c => c.Validity == ComplaintValidity.Effective && c.Severity != ComplaintSeverity.Major && Complaint.OpenStatuses.Contains(c.Status) && c.CreatedAt <= registeredBefore)
            .ToListAsync(cancellationToken);
        foreach (var complaint in overdue)
        {
            var raised = await raises.RaiseAsync(complaint, ComplaintSeverity.Major, SeverityRaiseCause.OpenThirtyDays,
                "An effective complaint still unresolved 30 days after registration becomes Major (S1).", cancellationToken);
            if (raised.IsFailure)
            {
                return raised;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
