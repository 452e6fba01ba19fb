using System.Globalization;
using Huiyin.Sla.Contracts;

namespace Huiyin.Sla.Domain.Policies;

/// <summary>
/// The policy that applies to an item, and the explanation a supervisor can read: in English, and as the code
/// <see cref="ExplanationCode"/> with its values (<c>order</c>, <c>name</c>, <c>conditions</c>, <c>skipped</c>) for a client to word.
/// </summary>
internal sealed record PolicyChoice(SlaPolicy Policy, string Explanation, IReadOnlyDictionary<string, string> ExplanationArgs)
{
    public const string ExplanationCode = "rule_applies";

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
                var args = new Dictionary<string, string>
                {
                    ["order"] = policy.Order.ToString(CultureInfo.InvariantCulture),
                    ["name"] = policy.Name,
                    ["conditions"] = policy.Match.Describe(),
                };
                if (skipped.Count > 0)
                {
                    args["skipped"] = string.Join("; ", skipped);
                }

                return new PolicyChoice(policy, skipped.Count == 0 ? explanation : $"{explanation} Earlier rules did not match: {args["skipped"]}.", args);
            }

            skipped.Add($"rule {policy.Order} \"{policy.Name}\" ({mismatches[0]})");
        }

        return null;
    }
}
