using Huiyin.Facilities.Domain.Notices;

namespace Huiyin.Facilities.Features.Notices;

/// <summary>A notice's delivery to one unit, named as people say it, and its acknowledgement: when, and by which staff member.</summary>
internal sealed record DeliveryResponse(Guid UnitId, string Unit, DateTimeOffset? AcknowledgedAt, Guid? AcknowledgedById)
{
    public static DeliveryResponse From(NoticeDelivery delivery, string unit) =>
        new(delivery.UnitId.Value, unit, delivery.AcknowledgedAt, delivery.AcknowledgedById);
}
