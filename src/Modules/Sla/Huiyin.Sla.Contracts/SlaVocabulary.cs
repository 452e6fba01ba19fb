namespace Huiyin.Sla.Contracts;

/// <summary>The kinds of work that run on deadline clocks.</summary>
public enum SlaWorkType
{
    Ticket,
    Complaint,
    Callback,
}

/// <summary>
/// What a clock measures: the first contact, the resolution, a callback falling due, a complaint investigated the same day,
/// the customer's report acknowledged (an SMS receipt or the first reply, 15 minutes by default) or the work handed off to its
/// department or technician (1 hour).
/// </summary>
public enum SlaMetric
{
    FirstContact,
    Resolution,
    CallbackDue,
    Investigation,
    Acknowledgement,
    Handoff,
}

/// <summary>A ticket's complexity (standard: 24 h to resolve by default; complex: 48 h).</summary>
public enum WorkComplexity
{
    Standard,
    Complex,
}

/// <summary>A complaint's severity (一般, 重要, 重大).</summary>
public enum ComplaintSeverity
{
    General,
    Important,
    Major,
}

/// <summary>The facts about an item that policies match on.</summary>
public sealed record ClockAttributes(
    SlaWorkType WorkType,
    WorkComplexity? Complexity = null,
    ComplaintSeverity? Severity = null,
    int? CustomerTier = null,
    bool Vip = false,
    string? Category = null);
