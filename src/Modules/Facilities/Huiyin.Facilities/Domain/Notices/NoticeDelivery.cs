using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Facilities.Domain.Notices;

/// <summary>A notice's delivery to one unit: acknowledged once (posted at the building, the letter signed for), by whom and when.</summary>
internal sealed class NoticeDelivery
{
    private NoticeDelivery()
    {
    }

    public NoticeId NoticeId { get; private set; }

    public UnitId UnitId { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public Guid? AcknowledgedById { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public static NoticeDelivery To(NoticeId notice, UnitId unit) => new() { NoticeId = notice, UnitId = unit };

    /// <summary>Records the acknowledgement: 409 when the unit acknowledged the notice already.</summary>
    public Result Acknowledge(DateTimeOffset at, Guid? byId, string actor)
    {
        if (AcknowledgedAt is not null)
        {
            return Error.Conflict("delivery_acknowledged", "This unit acknowledged the notice already.");
        }

        AcknowledgedAt = at;
        AcknowledgedById = byId;
        AcknowledgedBy = actor;
        return Result.Success();
    }
}
