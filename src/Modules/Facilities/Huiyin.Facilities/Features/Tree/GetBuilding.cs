using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Tree;

/// <summary>A building with its site's name and, floor by floor (top first), how many units it has and how many are vacant.</summary>
internal sealed record GetBuilding(Guid Id) : IQuery<Result<BuildingWithFloorsResponse>>;

internal sealed record FloorSummary(int Floor, int Units, int Vacant);

internal sealed record BuildingWithFloorsResponse(Guid Id, Guid SiteId, string SiteName, string Code, string Name, int? Floors,
    IReadOnlyList<FloorSummary> FloorSummaries, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed class GetBuildingHandler(FacilitiesDbContext db) : IRequestHandler<GetBuilding, Result<BuildingWithFloorsResponse>>
{
    public async Task<Result<BuildingWithFloorsResponse>> Handle(GetBuilding request, CancellationToken cancellationToken)
    {
        var buildingId = new BuildingId(request.Id);
        var found = await db.Buildings.AsNoTracking().Where(b => b.Id == buildingId)
            .Join(db.Sites, b => b.SiteId, s => s.Id, (b, s) => new { Building = b, SiteName = s.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Error.NotFound("Building", request.Id);
        }

        var floors = await db.Units.Where(u => u.BuildingId == buildingId)
            .GroupBy(u => u.Floor)
            .Select(g => new FloorSummary(g.Key, g.Count(), g.Count(u => u.Vacant)))
            .ToListAsync(cancellationToken);
        var b = found.Building;
        return new BuildingWithFloorsResponse(b.Id.Value, b.SiteId.Value, found.SiteName, b.Code, b.Name, b.Floors,
            floors.OrderByDescending(f => f.Floor).ToList(), b.CreatedAt, b.UpdatedAt);
    }
}

internal static class GetBuildingEndpoint
{
    public static void MapGetBuilding(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/buildings/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetBuilding(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("GetBuilding")
            .WithSummary("One building with, floor by floor, its units and vacant units")
            .WithDescription("`floorSummaries` lists the floors that have units, top floor first.")
            .Produces<BuildingWithFloorsResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
