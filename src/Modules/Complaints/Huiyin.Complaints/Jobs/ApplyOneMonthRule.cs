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
/// Job <c>complaints:one-month-rule</c>, hourly: an effective complaint still not resolved a calendar month after it was registered
/// (有效投诉在一个月内没有解决的) becomes Major by itself, announced with the cause <see cref="SeverityRaiseCause.OpenOneMonth"/>, its
/// deadlines restarted under the Major policy. A complaint already Major is left alone, so running the job again changes nothing.
/// </summary>
internal sealed record ApplyOneMonthRule : ICommand<Result>
{
    public const string JobId = "complaints:one-month-rule";
    public const string RetiredJobId = "complaints:thirty-day-rule";
    public const string Schedule = "15 * * * *";

    /// <summary>No calendar month is shorter, so older registrations are the only candidates.</summary>
    public static readonly TimeSpan ShortestMonth = TimeSpan.FromDays(28);
}

internal sealed class ApplyOneMonthRuleHandler(ComplaintsDbContext db, SeverityRaises raises, DeskDay desk, TimeProvider clock)
    : IRequestHandler<ApplyOneMonthRule, Result>
{
    public async Task<Result> Handle(ApplyOneMonthRule request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var registeredBefore = now - ApplyOneMonthRule.ShortestMonth;
        var candidates = await db.Complaints
            .Where(c => c.Validity == ComplaintValidity.Effective && c.Severity != ComplaintSeverity.Major && Complaint.OpenStatuses.Contains(c.Status) && c.CreatedAt <= registeredBefore)
            .ToListAsync(cancellationToken);
        foreach (var complaint in candidates.Where(c => desk.OneMonthAfter(c.CreatedAt) <= now))
        {
            var raised = await raises.RaiseAsync(complaint, ComplaintSeverity.Major, SeverityRaiseCause.OpenOneMonth,
                "An effective complaint still unresolved a calendar month after registration becomes Major (S1).", cancellationToken);
            if (raised.IsFailure)
            {
                return raised;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
