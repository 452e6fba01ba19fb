using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Facilities.Domain;

/// <summary>A public area (lobby, car park, garden, plant room…) of a site, or of one of its buildings.</summary>
internal sealed class PublicArea : IAuditable
{
    private PublicArea()
    {
    }

    public AreaId Id { get; private set; }

    public SiteId SiteId { get; private set; }

    public BuildingId? BuildingId { get; private set; }

    public AreaKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public static PublicArea Create(SiteId siteId, BuildingId? buildingId, AreaKind kind, string name) =>
        new() { Id = AreaId.New(), SiteId = siteId, BuildingId = buildingId, Kind = kind, Name = name };
}
