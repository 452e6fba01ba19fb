using Huiyin.Facilities.Domain;

namespace Huiyin.Facilities.Features.Shared;

internal sealed record SiteResponse(Guid Id, string Name, string? Address, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static SiteResponse From(Site s) => new(s.Id.Value, s.Name, s.Address, s.CreatedAt, s.UpdatedAt);
}

internal sealed record BuildingResponse(Guid Id, Guid SiteId, string Code, string Name, int? Floors, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static BuildingResponse From(Building b) => new(b.Id.Value, b.SiteId.Value, b.Code, b.Name, b.Floors, b.CreatedAt, b.UpdatedAt);
}

internal sealed record AreaResponse(Guid Id, Guid SiteId, Guid? BuildingId, AreaKind Kind, string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static AreaResponse From(PublicArea a) => new(a.Id.Value, a.SiteId.Value, a.BuildingId?.Value, a.Kind, a.Name, a.CreatedAt, a.UpdatedAt);
}
