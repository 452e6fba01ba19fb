using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Callbacks.Domain;

/// <summary>The item a callback follows, with its number and a line on what was done, for the call's case summary.</summary>
internal sealed record FollowedItem(CallbackItemType Type, Guid Id, string? Number, string? Summary);

/// <summary>Who is called, why, by whom, whose work it rates, where, and by when.</summary>
internal sealed record CallbackPlan(
    CallbackReason Reason, FollowedItem? Item, Guid CustomerId, Guid? AssigneeId, Guid? TeamId, Guid? RatedStaffId, Guid? SiteId, Guid? UnitId,
    DateTimeOffset DueAt, string? Note);

/// <summary>A planned call to a customer (回访): attempts until reached, or until three attempts at different times of day failed.</summary>
internal sealed class Callback : IAuditable, IVersioned
{
    public const int MostAttempts = 3;

    private Callback()
    {
    }

    public CallbackId Id { get; private set; }

    public CallbackReason Reason { get; private set; }

    public CallbackItemType? ItemType { get; private set; }

    public Guid? ItemId { get; private set; }

    public string? ItemNumber { get; private set; }

    public string? ItemSummary { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid? AssigneeId { get; private set; }

    public Guid? TeamId { get; private set; }

    /// <summary>The staff member whose work the customer's satisfaction rates.</summary>
    public Guid? RatedStaffId { get; private set; }

    public Guid? SiteId { get; private set; }

    public Guid? UnitId { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    /// <summary>When to call next: the due time at first, then the start of the next part of the day after an unreachable attempt.</summary>
    public DateTimeOffset CallAt { get; private set; }

    public CallbackStatus Status { get; private set; }

    public string? Note { get; private set; }

    public int? Satisfaction { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public List<CallbackAttempt> Attempts { get; private set; } = [];

    public List<CallbackFollowUp> FollowUps { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public uint Version { get; private set; }

    public bool IsOpen => Status is CallbackStatus.Due or CallbackStatus.Retrying;

    public static Callback Schedule(CallbackPlan plan)
    {
        var dueAt = plan.DueAt.ToUniversalTime();
        return new Callback
        {
            Id = CallbackId.New(),
            Reason = plan.Reason,
            ItemType = plan.Item?.Type,
            ItemId = plan.Item?.Id,
            ItemNumber = plan.Item?.Number,
            ItemSummary = plan.Item?.Summary,
            CustomerId = plan.CustomerId,
            AssigneeId = plan.AssigneeId,
            TeamId = plan.TeamId,
            RatedStaffId = plan.RatedStaffId,
            SiteId = plan.SiteId,
            UnitId = plan.UnitId,
            DueAt = dueAt,
            CallAt = dueAt,
            Status = CallbackStatus.Due,
            Note = plan.Note,
        };
    }

    /// <summary>
    /// Records a call. Reached closes the callback as done; unreachable is tried again at <paramref name="nextTry"/> (another part of
    /// the day), or closes it as unreachable at the third attempt. A closed callback takes no more attempts (409).
    /// </summary>
    public Result<CallbackAttempt> Record(CallbackAttempt attempt, DateTimeOffset nextTry)
    {
        if (!IsOpen)
        {
            return Error.IllegalTransition("attempt", Status.ToString(), []);
        }

        Attempts.Add(attempt);
        if (attempt.Outcome == AttemptOutcome.Reached)
        {
            Status = CallbackStatus.Done;
            Satisfaction = attempt.Satisfaction;
            ClosedAt = attempt.At;
        }
        else if (Attempts.Count >= MostAttempts)
        {
            Status = CallbackStatus.Unreachable;
            ClosedAt = attempt.At;
        }
        else
        {
            Status = CallbackStatus.Retrying;
            CallAt = nextTry;
        }

        return attempt;
    }

    /// <summary>An open callback that will not be made (its customer archived) closes as cancelled; a closed one stays as it is.</summary>
    public void Cancel(DateTimeOffset at)
    {
        if (IsOpen)
        {
            Status = CallbackStatus.Cancelled;
            ClosedAt = at;
        }
    }

    public void Followed(FollowUpKind kind, Guid itemId, string? number) => FollowUps.Add(new CallbackFollowUp { Kind = kind.ToString(), ItemId = itemId, Number = number });
}
