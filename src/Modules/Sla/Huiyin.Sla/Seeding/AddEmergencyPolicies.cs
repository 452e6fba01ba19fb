using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Policies;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Seeding;

/// <summary>
/// Adds the emergency policies a catalogue has none for (by category) ahead of all its policies, which move down together
/// as far as it takes, in the order they were in: the first match wins, so a rule for any ticket placed first would
/// otherwise answer a lift entrapment with a day's deadline. Audited, as any reordering of the policies is.
/// </summary>
internal sealed record AddEmergencyPolicies : ICommand<Result>, IAuditedChange;

internal sealed class AddEmergencyPoliciesHandler(SlaDbContext db) : IRequestHandler<AddEmergencyPolicies, Result>
{
    private const string Lock = "sla.emergency-policies";

    public async Task<Result> Handle(AddEmergencyPolicies request, CancellationToken cancellationToken)
    {
        // Hosts starting together take turns: the one that waited sees the emergencies already added.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({Lock}))", cancellationToken);
        var policies = await db.Policies.ToListAsync(cancellationToken);
        var missing = EmergencyPolicies.MissingFrom(policies.Select(p => p.Match.Category));
        if (missing.Count == 0)
        {
            return Error.Conflict("emergency_policies_present", "The catalogue has a policy for every emergency already.");
        }

        var shift = missing.Max(e => e.Order) + 1 - policies.Min(p => p.Order);
        foreach (var policy in shift > 0 ? policies : [])
        {
            policy.MoveTo(policy.Order + shift);
        }

        db.Policies.AddRange(missing.Select(SlaPolicy.Create));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}

/// <summary>
/// The emergencies (电梯困人, 燃气泄漏, 爆管, 火情, 整栋停电), first of all: acknowledged within 5 minutes, handed to the technician on
/// duty within 10 and someone on site within 10, the danger over within 2 hours, escalated through every level.
/// </summary>
internal static class EmergencyPolicies
{
    public static readonly IReadOnlyList<PolicyTerms> Terms =
    [
        Emergency("紧急·电梯困人", 1, "LiftEntrapment"),
        Emergency("紧急·燃气泄漏", 2, "GasLeak"),
        Emergency("紧急·爆管", 3, "BurstPipe"),
        Emergency("紧急·火情", 4, "Fire"),
        Emergency("紧急·整栋停电", 5, "BuildingPowerCut"),
    ];

    /// <summary>The emergencies whose category no policy of the catalogue matches.</summary>
    public static IReadOnlyList<PolicyTerms> MissingFrom(IEnumerable<string?> categories)
    {
        var present = categories.OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Terms.Where(e => !present.Contains(e.Match.Category!)).ToList();
    }

    private static PolicyTerms Emergency(string name, int order, string category) =>
        new(name, order, new(SlaWorkType.Ticket, Category: category), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(120), 50, null, 3,
            TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
}
