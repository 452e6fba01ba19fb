using Huiyin.Sla.Contracts;

namespace Huiyin.Sla.Domain.Policies;

/// <summary>The conditions of a policy; an empty condition matches anything.</summary>
internal sealed record PolicyMatch(
    SlaWorkType? WorkType = null,
    WorkComplexity? Complexity = null,
    ComplaintSeverity? Severity = null,
    int? CustomerTier = null,
    bool? Vip = null,
    string? Category = null)
{
    /// <summary>Why the attributes do not match, one reason per failed condition; empty when they match.</summary>
    public IReadOnlyList<string> MismatchesOf(ClockAttributes item)
    {
        var reasons = new List<string>();
        Check(reasons, "workType", WorkType, item.WorkType);
        Check(reasons, "complexity", Complexity, item.Complexity);
        Check(reasons, "severity", Severity, item.Severity);
        Check(reasons, "customerTier", CustomerTier, item.CustomerTier);
        Check(reasons, "vip", Vip, item.Vip);
        if (Category is not null && !string.Equals(Category, item.Category, StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add($"category is {item.Category ?? "none"}, not {Category}");
        }

        return reasons;
    }

    /// <summary>The conditions in words: "workType = Ticket, vip = True", or "anything".</summary>
    public string Describe()
    {
        var conditions = new (string Name, object? Value)[]
        {
            ("workType", WorkType), ("complexity", Complexity), ("severity", Severity),
            ("customerTier", CustomerTier), ("vip", Vip), ("category", Category),
        };
        var set = conditions.Where(c => c.Value is not null).Select(c => $"{c.Name} = {c.Value}").ToList();
        return set.Count == 0 ? "anything" : string.Join(", ", set);
    }

    private static void Check<T>(List<string> reasons, string name, T? wanted, T? actual)
        where T : struct
    {
        if (wanted is not null && !Equals(wanted, actual))
        {
            reasons.Add($"{name} is {(actual is null ? "none" : actual.ToString())}, not {wanted}");
        }
    }
}
