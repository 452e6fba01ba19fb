using Huiyin.Facilities.Domain.Outages;

namespace Huiyin.Facilities.Features.Outages;

/// <summary>An outage as staff see it: what it is, the scope it covers by name, how many units it affects, and whether it is still in force.</summary>
internal sealed record OutageResponse(
    Guid Id, OutageKind Kind, string Title, IReadOnlyList<string> Scope, IReadOnlyList<Guid> SiteIds, IReadOnlyList<Guid> BuildingIds,
    int AffectedUnits, DateTimeOffset StartedAt, DateTimeOffset? EstimatedRestorationAt, DateTimeOffset? RestoredAt, bool InForce, DateTimeOffset CreatedAt,
    Guid? StartNoticeId, Guid? RestorationNoticeId)
{
    public static OutageResponse From(Outage o) =>
        new(o.Id.Value, o.Kind, o.Title, o.ScopeLabels, o.SiteIds, o.BuildingIds, o.AffectedUnitCount, o.StartedAt, o.EstimatedRestorationAt, o.RestoredAt,
            o.InForce, o.CreatedAt, o.StartNoticeId?.Value, o.RestorationNoticeId?.Value);
}
