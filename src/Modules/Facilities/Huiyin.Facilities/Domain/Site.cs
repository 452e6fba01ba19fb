using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Facilities.Domain;

/// <summary>A managed property (小区/项目): the root of the tree.</summary>
internal sealed class Site : IAuditable
{
    private Site()
    {
    }

    public SiteId Id { get; private set; }

    public string Name { get; private set; } = "";

    public string? Address { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public static Site Create(string name, string? address) => new() { Id = SiteId.New(), Name = name, Address = address };
}
