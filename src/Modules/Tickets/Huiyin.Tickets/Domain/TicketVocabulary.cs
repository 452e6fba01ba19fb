
namespace Huiyin.Tickets.Domain;

/// <summary>咨询 (may be answered on the spot), 客户需求, 报修.</summary>
internal enum TicketKind
{
    Enquiry,
    ServiceRequest,
    Repair,
}

/// <summary>How the report came in (S0: 来电、来访、来函、其它).</summary>
internal enum IntakeChannel
{
    Phone,
    WalkIn,
    Letter,
    Online,
    App,
    Api,
    Internal,
}

/// <summary>Ordered from least to most pressing, so that the higher of two priorities is the larger.</summary>
internal enum TicketPriority
{
    Low,
    Normal,
    High,
    Urgent,
}

internal enum TicketStatus
{
    New,
    Contacted,
    Assigned,
    Scheduled,
    InProgress,
    Pending,
    Resolved,
    Closed,
    Reopened,
    Cancelled,
}
