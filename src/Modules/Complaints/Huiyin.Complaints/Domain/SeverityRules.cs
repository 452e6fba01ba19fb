using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;

namespace Huiyin.Complaints.Domain;

/// <summary>The facts of a complaint that its severity follows from.</summary>
internal sealed record ComplaintFacts(int HouseholdsAffected, decimal? CompensationClaimed, bool LawsuitOrMedia, bool InjuryOrHeavyLoss);

/// <summary>A rule of PRODUCT.md §3 that applies to a complaint, and the severity it asks for.</summary>
internal enum SeverityRule
{
    /// <summary>10 or more households with the same issue: major.</summary>
    TenOrMoreHouseholds,

    /// <summary>Compensation of 50,000 or more claimed (50000元以上): major.</summary>
    CompensationFrom50000,

    /// <summary>Personal injury or heavy financial loss: major.</summary>
    InjuryOrHeavyLoss,

    /// <summary>5 to 9 households: important.</summary>
    FiveToNineHouseholds,

    /// <summary>Compensation above 5,000 and below 50,000 (不含50000元): important.</summary>
    CompensationOver5000,

    /// <summary>A lawsuit or media exposure: important.</summary>
    LawsuitOrMedia,

    /// <summary>None of the above (compensation up to 5,000 inclusive): general.</summary>
    NoAggravatingFact,
}

/// <summary>The severity the facts call for (S1, S4): the handler may raise it, never lower it below this.</summary>
internal static class SeverityRules
{
    public const decimal MajorCompensation = 50_000m;
    public const decimal ImportantCompensationAbove = 5_000m;

    /// <summary>Every rule that applies, most severe first; <see cref="SeverityRule.NoAggravatingFact"/> when none does.</summary>
    public static IReadOnlyList<SeverityRule> Applying(ComplaintFacts facts)
    {
        var compensation = facts.CompensationClaimed ?? 0m;
        var rules = new List<SeverityRule>();
        Add(rules, facts.HouseholdsAffected >= 10, SeverityRule.TenOrMoreHouseholds);
        Add(rules, compensation >= MajorCompensation, SeverityRule.CompensationFrom50000);
        Add(rules, facts.InjuryOrHeavyLoss, SeverityRule.InjuryOrHeavyLoss);
        Add(rules, facts.HouseholdsAffected is >= 5 and <= 9, SeverityRule.FiveToNineHouseholds);
        Add(rules, compensation is > ImportantCompensationAbove and < MajorCompensation, SeverityRule.CompensationOver5000);
        Add(rules, facts.LawsuitOrMedia, SeverityRule.LawsuitOrMedia);
        Add(rules, rules.Count == 0, SeverityRule.NoAggravatingFact);
        return rules;
    }

    public static ComplaintSeverity SeverityOf(SeverityRule rule) => rule switch
    {
        SeverityRule.TenOrMoreHouseholds or SeverityRule.CompensationFrom50000 or SeverityRule.InjuryOrHeavyLoss => ComplaintSeverity.Major,
        SeverityRule.FiveToNineHouseholds or SeverityRule.CompensationOver5000 or SeverityRule.LawsuitOrMedia => ComplaintSeverity.Important,
        _ => ComplaintSeverity.General,
    };

    public static ComplaintSeverity Proposed(ComplaintFacts facts) => Applying(facts).Max(SeverityOf);

    /// <summary>Who owns a complaint of this severity (S4): general → Supervisor, important → Manager, major → Executive.</summary>
    public static StaffRole OwnerRole(ComplaintSeverity severity) => severity switch
    {
        ComplaintSeverity.Major => StaffRole.Executive,
        ComplaintSeverity.Important => StaffRole.Manager,
        _ => StaffRole.Supervisor,
    };

    /// <summary>The roles that own complaints, one per severity.</summary>
    public static IReadOnlyList<StaffRole> Owners => Enum.GetValues<ComplaintSeverity>().Select(OwnerRole).ToList();

    private static void Add(List<SeverityRule> rules, bool applies, SeverityRule rule)
    {
        if (applies)
        {
            rules.Add(rule);
        }
    }
}
