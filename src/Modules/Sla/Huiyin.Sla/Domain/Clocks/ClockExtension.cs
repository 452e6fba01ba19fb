using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;

namespace Huiyin.Sla.Domain.Clocks;

/// <summary>
/// A handler's request to move an item's resolution deadline, with the reason the customer will hear at the callback.
/// Only an approval moves the clock; a refusal leaves it as it was. Decided once.
/// </summary>
internal sealed class ClockExtension
{
    private ClockExtension()
    {
    }

    public Guid Id { get; private set; }

    public Guid ClockId { get; private set; }

    public SlaWorkType ItemType { get; private set; }

    public Guid ItemId { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>The due time in force when it was asked.</summary>
    public DateTimeOffset DueAtWhenAsked { get; private set; }

    public DateTimeOffset NewDueAt { get; private set; }

    public ExtensionState State { get; private set; }

    public string RequestedBy { get; private set; } = "";

    public Guid? RequestedById { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public Guid? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? Note { get; private set; }

    public uint Version { get; private set; }

    public static ClockExtension Ask(SlaClock clock, string reason, DateTimeOffset newDueAt, string by, Guid? byId, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        ClockId = clock.Id,
        ItemType = clock.ItemType,
        ItemId = clock.ItemId,
        Reason = reason,
        DueAtWhenAsked = clock.DueAt,
        NewDueAt = newDueAt,
        State = ExtensionState.Requested,
        RequestedBy = by,
        RequestedById = byId,
        RequestedAt = at,
    };

    public Result Decide(bool approve, string? note, string by, Guid? byId, DateTimeOffset at)
    {
        if (State != ExtensionState.Requested)
        {
            return Error.IllegalTransition(approve ? "approve" : "refuse", State.ToString(), []);
        }

        (State, Note, DecidedBy, DecidedById, DecidedAt) = (approve ? ExtensionState.Approved : ExtensionState.Refused, note, by, byId, at);
        return Result.Success();
    }
}
