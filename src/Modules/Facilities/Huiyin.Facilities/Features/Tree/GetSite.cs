using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Tree;

/// <summary>A site with its buildings, by code.</summary>
internal sealed record GetSite(Guid Id) : IQuery<Result<SiteWithBuildingsResponse>>;

internal sealed record SiteWithBuildingsResponse(Guid Id, string Name, string? Address, IReadOnlyList<BuildingResponse> Buildings, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

internal sealed class GetSiteHandler(FacilitiesDbContext db) : IRequestHandler<GetSite, Result<SiteWithBuildingsResponse>>
{
    public async Task<Result<SiteWithBuildingsResponse>> Handle(GetSite request, CancellationToken cancellationToken)
    {
        var siteId = new SiteId(request.Id);
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, cancellationToken);
        if (site is null)
        {
            return Error.NotFound("Site", request.Id);
        }

        var buildings = await db.Buildings.AsNoTracking().Where(b => b.SiteId == siteId).OrderBy(b => b.Code).ToListAsync(cancellationToken);
        return new SiteWithBuildingsResponse(site.Id.Value, site.Name, site.Address, buildings.Select(BuildingResponse.From).ToList(), site.CreatedAt,
            site.UpdatedAt);
    }
}

internal static class GetSiteEndpoint
{
    public static void MapGetSite(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/sites/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetSite(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("GetSite")
            .WithSummary("One site with its buildings")
            .Produces<SiteWithBuildingsResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
