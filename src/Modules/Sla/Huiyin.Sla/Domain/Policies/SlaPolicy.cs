using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Sla.Contracts;

namespace Huiyin.Sla.Domain.Policies;

/// <summary>
/// A deadline rule: what it matches (work type, complexity, severity, customer tier, VIP, category), its
/// windows, when to warn, which calendar the windows run on, and how far up the ladder a miss escalates.
/// </summary>
internal sealed class SlaPolicy : IAuditable, IVersioned
{
    private SlaPolicy()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Rules are tried in ascending order; the first match wins.</summary>
    public int Order { get; private set; }

    public PolicyMatch Match { get; private set; } = new();

    public TimeSpan FirstContact { get; private set; }

    public TimeSpan Resolution { get; private set; }

    /// <summary>How soon a customer's report must be acknowledged (an SMS receipt or the first reply).</summary>
    public TimeSpan Acknowledgement { get; private set; }

    /// <summary>How soon the work must reach its department or technician.</summary>
    public TimeSpan Handoff { get; private set; }

    public int WarnAtPercent { get; private set; } = 80;

    /// <summary>The business calendar the windows run on; none means 24×7.</summary>
    public Guid? CalendarId { get; private set; }

    /// <summary>How many levels a miss may climb: 1 Supervisor, 2 Manager, 3 Executive.</summary>
    public int EscalationLevels { get; private set; } = 3;

    public bool Retired { get; private set; }

    public uint Version { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public static SlaPolicy Create(PolicyTerms terms)
    {
        var policy = new SlaPolicy { Id = Guid.CreateVersion7() };
        policy.Change(terms);
        return policy;
    }

    public void Change(PolicyTerms terms)
    {
        Name = terms.Name;
        Order = terms.Order;
        Match = terms.Match;
        FirstContact = terms.FirstContact;
        Resolution = terms.Resolution;
        WarnAtPercent = terms.WarnAtPercent;
        CalendarId = terms.CalendarId;
        EscalationLevels = terms.EscalationLevels;
        Acknowledgement = terms.Acknowledgement;
        Handoff = terms.Handoff;
    }

    public void MoveTo(int order) => Order = order;

    public void Retire() => Retired = true;

    /// <summary>The window a metric runs for; callbacks use the resolution window for their due time.</summary>
    public TimeSpan WindowFor(SlaMetric metric) => metric switch
    {
        SlaMetric.FirstContact => FirstContact,
        SlaMetric.Acknowledgement => Acknowledgement,
        SlaMetric.Handoff => Handoff,
        _ => Resolution,
    };
}

/// <summary>Everything an administrator sets on a policy.</summary>
internal sealed record PolicyTerms(
    string Name, int Order, PolicyMatch Match, TimeSpan FirstContact, TimeSpan Resolution, int WarnAtPercent, Guid? CalendarId, int EscalationLevels,
    TimeSpan Acknowledgement, TimeSpan Handoff)
{
    public static readonly TimeSpan DefaultAcknowledgement = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan DefaultHandoff = TimeSpan.FromHours(1);
}
