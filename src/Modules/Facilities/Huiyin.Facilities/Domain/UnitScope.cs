namespace Huiyin.Facilities.Domain;

/// <summary>What an outage or a notice covers: the sites and buildings it touches, the units it reaches, and how to say it.</summary>
internal sealed record UnitScope(IReadOnlyList<Guid> SiteIds, IReadOnlyList<Guid> BuildingIds, IReadOnlyList<UnitId> UnitIds, IReadOnlyList<string> Labels);
