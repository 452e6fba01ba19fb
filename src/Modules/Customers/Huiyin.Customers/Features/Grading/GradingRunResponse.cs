using Huiyin.Customers.Domain;
using Huiyin.Customers.Persistence;
using Huiyin.Organization.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features.Grading;

internal sealed record TierCounts(int Tier1, int Tier2, int Tier3);

/// <summary>A customer's place in a run; <c>managerBelowManager</c> flags a proposed tier-1 customer without an account manager of Manager rank or above.</summary>
internal sealed record GradingEntryResponse(
    Guid CustomerId, string Number, string Name, int Rank, int Total, int? PreviousTier, int ProposedTier, bool Vip, Guid? AccountManagerId, bool ManagerBelowManager);

internal sealed record GradingRunResponse(
    Guid Id, GradingRunStatus Status, string StartedBy, DateTimeOffset StartedAt, string? ApprovedBy, DateTimeOffset? ApprovedAt, int Count, TierCounts Distribution,
    IReadOnlyList<GradingEntryResponse>? Entries);

/// <summary>Builds run responses, with the customers' names and their account managers' rank looked up.</summary>
internal sealed class GradingRunResponses(CustomersDbContext db, IMediator mediator)
{
    public static GradingRunResponse Summary(GradingRun run, IReadOnlyList<GradingEntryResponse>? entries = null) => new(
        run.Id, run.Status, run.StartedBy, run.StartedAt, run.ApprovedBy, run.ApprovedAt, run.Entries.Count,
        new TierCounts(run.Entries.Count(e => e.ProposedTier == 1), run.Entries.Count(e => e.ProposedTier == 2), run.Entries.Count(e => e.ProposedTier == 3)),
        entries);

    public async Task<GradingRunResponse> DetailAsync(GradingRun run, CancellationToken cancellationToken)
    {
        var ids = run.Entries.Select(e => new CustomerId(e.CustomerId)).ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.Name, c.Vip, c.AccountManagerId }).ToDictionaryAsync(c => c.Id.Value, cancellationToken);
        var managers = customers.Values.Select(c => c.AccountManagerId).OfType<Guid>().Distinct().ToList();
        var roles = managers.Count == 0 ? new Dictionary<Guid, IReadOnlyList<StaffRole>>() : await mediator.Send(new GetStaffRoles(managers), cancellationToken);
        var entries = run.Entries.OrderBy(e => e.Rank).Select(e =>
        {
            var customer = customers[e.CustomerId];
            var seniorManager = customer.AccountManagerId is { } manager && roles.TryGetValue(manager, out var held) && AccountManagerRank.IsSenior(held);
            return new GradingEntryResponse(
                e.CustomerId, customer.Number, customer.Name, e.Rank, e.Total, e.PreviousTier, e.ProposedTier, customer.Vip, customer.AccountManagerId,
                e.ProposedTier == AccountManagerRank.SeniorTier && !seniorManager);
        }).ToList();
        return Summary(run, entries);
    }
}
