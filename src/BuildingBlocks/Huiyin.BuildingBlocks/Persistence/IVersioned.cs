namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>An aggregate with a row version (PostgreSQL <c>xmin</c>) that updates must name through If-Match.</summary>
public interface IVersioned
{
    uint Version { get; }
}
