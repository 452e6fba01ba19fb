using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Policies;

namespace Huiyin.Sla.Tests.Domain;

public sealed class PolicyChoiceTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static readonly SlaPolicy VipTickets = Policy("VIP", 10, new(SlaWorkType.Ticket, CustomerTier: 1, Vip: true));
    private static readonly SlaPolicy MajorComplaints = Policy("重大投诉", 20, new(SlaWorkType.Complaint, Severity: ComplaintSeverity.Major));
    private static readonly SlaPolicy ComplexLifts = Policy("电梯复杂", 30, new(SlaWorkType.Ticket, Complexity: WorkComplexity.Complex, Category: "lift"));
    private static readonly SlaPolicy Tickets = Policy("工单", 40, new(SlaWorkType.Ticket));
    private static readonly SlaPolicy Anything = Policy("默认", 1000, new());

    private static readonly SlaPolicy[] All = [Anything, Tickets, ComplexLifts, MajorComplaints, VipTickets];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_first_policy_in_order_whose_conditions_all_hold_applies(ClockAttributes item, string expected) =>
        Assert.Equal(expected, PolicyChoice.For(All, item)!.Policy.Name);

    public static TheoryData<ClockAttributes, string> Cases => new()
    {
        { new(SlaWorkType.Ticket, CustomerTier: 1, Vip: true), "VIP" },
        { new(SlaWorkType.Ticket, CustomerTier: 1, Vip: false), "工单" },
        { new(SlaWorkType.Ticket, CustomerTier: 2, Vip: true), "工单" },
        { new(SlaWorkType.Complaint, Severity: ComplaintSeverity.Major), "重大投诉" },
        { new(SlaWorkType.Complaint, Severity: ComplaintSeverity.General), "默认" },
        { new(SlaWorkType.Ticket, Complexity: WorkComplexity.Complex, Category: "LIFT"), "电梯复杂" },
        { new(SlaWorkType.Ticket, Complexity: WorkComplexity.Complex, Category: "gas"), "工单" },
        { new(SlaWorkType.Ticket, Complexity: WorkComplexity.Standard, Category: "lift"), "工单" },
        { new(SlaWorkType.Callback), "默认" },
    };

    [Fact]
    public void The_explanation_names_the_rule_its_conditions_and_why_earlier_rules_were_passed_over()
    {
        var choice = PolicyChoice.For(All, new ClockAttributes(SlaWorkType.Complaint, Severity: ComplaintSeverity.Major))!;

        Assert.Equal(
            "Rule 20 \"重大投诉\" applies: it matches workType = Complaint, severity = Major. "
            + "Earlier rules did not match: rule 10 \"VIP\" (workType is Complaint, not Ticket).",
            choice.Explanation);
    }

    [Fact]
    public void Retired_policies_are_passed_over_and_no_match_is_no_choice()
    {
        var retired = Policy("旧", 1, new(SlaWorkType.Ticket));
        retired.Retire();

        Assert.Equal("工单", PolicyChoice.For([retired, Tickets], new ClockAttributes(SlaWorkType.Ticket))!.Policy.Name);
        Assert.Null(PolicyChoice.For([Tickets], new ClockAttributes(SlaWorkType.Complaint)));
    }

    private static SlaPolicy Policy(string name, int order, PolicyMatch match) =>
        SlaPolicy.Create(new PolicyTerms(name, order, match, 3 * Hour, 24 * Hour, 80, null, 3, PolicyTerms.DefaultAcknowledgement, PolicyTerms.DefaultHandoff));
}
