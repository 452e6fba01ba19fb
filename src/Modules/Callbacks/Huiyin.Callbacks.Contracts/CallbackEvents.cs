using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Callbacks.Contracts;

/// <summary>
/// A callback was booked: why (<paramref name="Reason"/>: TicketResolved, ComplaintResolved, TechnicianVisit, MoveIn, Annual or
/// Requested), the item it follows (<paramref name="ItemType"/> Ticket, Complaint or Visit, with its id) if any, the customer,
/// who is to call and their team, the unit and site where known, and when it is due.
/// </summary>
public sealed record CallbackScheduled(
    Guid CallbackId, string Reason, string? ItemType, Guid? ItemId, Guid CustomerId, Guid? AssigneeId, Guid? TeamId,
    Guid? SiteId, Guid? UnitId, DateTimeOffset DueAt, string Actor, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>
/// The customer was reached: <paramref name="Satisfaction"/> 1 (very dissatisfied) to 5 (very satisfied) rates the staff member
/// <paramref name="RatedStaffId"/> who did the work followed (the agent who took the ticket, the complaint's handler, the
/// technician); who called (<paramref name="CalledById"/>) and their team; on time when before the due time.
/// </summary>
public sealed record CallbackCompleted(
    Guid CallbackId, string Reason, string Outcome, int Satisfaction, string? Comment, string? ItemType, Guid? ItemId, Guid CustomerId,
    Guid? RatedStaffId, Guid? CalledById, Guid? TeamId, Guid? SiteId, Guid? UnitId, DateTimeOffset DueAt, bool OnTime, string Actor, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>The customer could not be reached in <paramref name="Attempts"/> attempts at different times of day: closed as unreachable.</summary>
public sealed record CallbackFailed(
    Guid CallbackId, string Reason, string? ItemType, Guid? ItemId, Guid CustomerId, Guid? RatedStaffId, Guid? AssigneeId, Guid? TeamId,
    Guid? SiteId, Guid? UnitId, int Attempts, string Actor, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>
/// The callback will not be made: its customer was archived before anyone reached them (<paramref name="Cause"/>). It counts
/// neither as done nor as unreachable, for whoever was to call (<paramref name="AssigneeId"/>) and whose work it would have rated.
/// </summary>
public sealed record CallbackCancelled(
    Guid CallbackId, string Reason, string? ItemType, Guid? ItemId, Guid CustomerId, Guid? RatedStaffId, Guid? AssigneeId, Guid? TeamId,
    Guid? SiteId, Guid? UnitId, string Cause, string Actor, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);
