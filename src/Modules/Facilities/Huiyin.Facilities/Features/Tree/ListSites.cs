using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Tree;

/// <summary>Every site the desk manages, by name: a desk manages tens of them, not thousands, so the list is answered whole.</summary>
internal sealed record ListSites : IQuery<ItemsResponse<SiteResponse>>;

internal sealed class ListSitesHandler(FacilitiesDbContext db) : IRequestHandler<ListSites, ItemsResponse<SiteResponse>>
{
    public async Task<ItemsResponse<SiteResponse>> Handle(ListSites request, CancellationToken cancellationToken) =>
        new((await db.Sites.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken)).Select(SiteResponse.From).ToList());
}

internal static class ListSitesEndpoint
{
    public static void MapListSites(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/sites", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListSites(), cancellationToken)))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("ListSites")
            .WithSummary("The sites (小区/项目), by name")
            .Produces<ItemsResponse<SiteResponse>>();
}
