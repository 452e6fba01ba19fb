namespace Huiyin.Callbacks.Domain;

internal readonly record struct CallbackId(Guid Value)
{
    public static CallbackId New() => new(Guid.CreateVersion7());
}

/// <summary>Why the customer is called back (PRODUCT.md §5).</summary>
internal enum CallbackReason
{
    TicketResolved,
    ComplaintResolved,
    TechnicianVisit,
    MoveIn,
    Annual,
    Requested,
}

/// <summary>The kind of item a callback follows.</summary>
internal enum CallbackItemType
{
    Ticket,
    Complaint,
    Visit,
}

internal enum CallbackStatus
{
    Due,
    Retrying,
    Done,
    Unreachable,
    Cancelled,
}

internal enum AttemptOutcome
{
    Reached,
    Unreachable,
}

/// <summary>The parts of the desk's day a customer is tried in; an unreachable customer is tried next in another one.</summary>
internal enum TimeOfDay
{
    Morning,
    Afternoon,
    Evening,
}

/// <summary>What a callback's answer changed.</summary>
internal enum FollowUpKind
{
    TicketOpened,
    TicketClosed,
    TicketReopened,
    ComplaintOpened,
}
