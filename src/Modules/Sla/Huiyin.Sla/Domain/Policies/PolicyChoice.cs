using Huiyin.Sla.Contracts;

namespace Huiyin.Sla.Domain.Policies;

/// <summary>The policy that applies to an item, and the explanation a supervisor can read.</summary>
internal sealed record PolicyChoice(SlaPolicy Policy, string Explanation)
{
    /// <summary>Tries the active policies in order; the first whose conditions all hold wins. Null when none does.</summary>
    public static PolicyChoice? For(IEnumerable<SlaPolicy> policies, ClockAttributes item)
    {
        var skipped = new List<string>();
        foreach (var policy in policies.Where(p => !p.Retired).OrderBy(p => p.Order).ThenBy(p => p.Id))
        {
            var mismatches = policy.Match.MismatchesOf(item);
            if (mismatches.Count == 0)
            {
                var explanation = $"Rule {policy.Order} \"{policy.Name}\" applies: it matches {policy.Match.Describe()}.";
                return new PolicyChoice(policy, skipped.Count == 0 ? explanation : $"{explanation} Earlier rules did not match: {string.Join("; ", skipped)}.");
            }

            skipped.Add($"rule {policy.Order} \"{policy.Name}\" ({mismatches[0]})");
        }

        return null;
    }
}
