using Huiyin.BuildingBlocks.Http;
using Huiyin.Sla.Domain.Policies;

namespace Huiyin.Sla.Features.Policies;

/// <summary>A policy as the API shows it; windows are ISO 8601 durations.</summary>
internal sealed record PolicyResponse(
    Guid Id,
    string Name,
    int Order,
    PolicyMatch Match,
    string FirstContact,
    string Resolution,
    string Acknowledgement,
    string Handoff,
    int WarnAtPercent,
    Guid? CalendarId,
    int EscalationLevels,
    bool Retired,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static PolicyResponse From(SlaPolicy p) =>
        new(p.Id, p.Name, p.Order, p.Match, IsoDurations.Format(p.FirstContact), IsoDurations.Format(p.Resolution),
            IsoDurations.Format(p.Acknowledgement), IsoDurations.Format(p.Handoff),
            p.WarnAtPercent, p.CalendarId, p.EscalationLevels, p.Retired, p.CreatedAt, p.UpdatedAt);
}
