using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Organization.Domain;

/// <summary>A group of staff (前台, 客服部, 工程部…) that work is dispatched to and reported by.</summary>
internal sealed class Team : IAuditable
{
    private Team()
    {
    }

    public TeamId Id { get; private set; }

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public uint Version { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public static Team Create(string name, string? description) => new() { Id = TeamId.New(), Name = name, Description = description };
}
