using System.Linq.Expressions;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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

    /// <summary>Open effective complaints not Major yet; the one-month rule may apply to them.</summary>
    public static readonly Expression<Func<Complaint, bool>> MayBecomeMajor =
        c => c.Validity == ComplaintValidity.Effective && c.Severity != ComplaintSeverity.Major && Complaint.OpenStatuses.Contains(c.Status);
}

/// <summary>
/// Each complaint is raised in its own scope and transaction, so a complaint changed meanwhile is read again and retried (as every
/// command is after a lost update), and one that still fails is logged and left to the next run without holding up the others.
/// </summary>
internal sealed class ApplyOneMonthRuleHandler(ComplaintsDbContext db, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ApplyOneMonthRuleHandler> logger)
    : IRequestHandler<ApplyOneMonthRule, Result>
{
    public async Task<Result> Handle(ApplyOneMonthRule request, CancellationToken cancellationToken)
    {
        var registeredBefore = clock.GetUtcNow() - ApplyOneMonthRule.ShortestMonth;
        var candidates = await db.Complaints.Where(ApplyOneMonthRule.MayBecomeMajor).Where(c => c.CreatedAt <= registeredBefore)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            try
            {
                if (await MakeMajorAsync(id, cancellationToken) is { IsFailure: true } failed)
                {
                    logger.LogWarning("The one-month rule left complaint {ComplaintId} to its next run: {Reason}", id.Value, failed.Error.Code);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The one-month rule failed on complaint {ComplaintId}; its next run takes it again", id.Value);
            }
        }

        return Result.Success();
    }

    private async Task<Result> MakeMajorAsync(ComplaintId id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new MakeMajorAfterOneMonth(id), cancellationToken);
    }
}

/// <summary>One complaint under the one-month rule, read afresh: made Major if the rule holds for it now.</summary>
internal sealed record MakeMajorAfterOneMonth(ComplaintId ComplaintId) : ICommand<Result>, IRetriedOnOutdatedCopy;

internal sealed class MakeMajorAfterOneMonthHandler(ComplaintsDbContext db, SeverityRaises raises, DeskTime desk, TimeProvider clock)
    : IRequestHandler<MakeMajorAfterOneMonth, Result>
{
    public async Task<Result> Handle(MakeMajorAfterOneMonth request, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.Where(ApplyOneMonthRule.MayBecomeMajor).SingleOrDefaultAsync(c => c.Id == request.ComplaintId, cancellationToken);
        return complaint is null || desk.OneMonthAfter(complaint.CreatedAt) > clock.GetUtcNow()
            ? Result.Success()
            : await raises.RaiseAsync(complaint, ComplaintSeverity.Major, SeverityRaiseCause.OpenOneMonth,
                "An effective complaint still unresolved a calendar month after registration becomes Major (S1).", cancellationToken);
    }
}
