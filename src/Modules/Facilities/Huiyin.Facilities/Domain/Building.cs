using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Facilities.Domain;

/// <summary>A building of a site: its code is what people type in a unit number (the 3 of 3-2-1502), its name what they say (3栋).</summary>
internal sealed class Building : IAuditable
{
    private Building()
    {
    }

    public BuildingId Id { get; private set; }

    public SiteId SiteId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int? Floors { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public static Building Create(SiteId siteId, string code, string name, int? floors) =>
        new() { Id = BuildingId.New(), SiteId = siteId, Code = code, Name = name, Floors = floors };
}
