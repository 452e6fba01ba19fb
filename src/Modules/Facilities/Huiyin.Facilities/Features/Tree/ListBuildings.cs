using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
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

/// <summary>The buildings of a site, by code: a site has tens of them, so the list is answered whole.</summary>
internal sealed record ListBuildings(Guid? SiteId) : IQuery<Result<ItemsResponse<BuildingResponse>>>;

internal sealed class ListBuildingsValidator : AbstractValidator<ListBuildings>
{
    public ListBuildingsValidator() => RuleFor(x => x.SiteId).NotEmpty();
}

internal sealed class ListBuildingsHandler(FacilitiesDbContext db) : IRequestHandler<ListBuildings, Result<ItemsResponse<BuildingResponse>>>
{
    public async Task<Result<ItemsResponse<BuildingResponse>>> Handle(ListBuildings request, CancellationToken cancellationToken)
    {
        var siteId = new SiteId(request.SiteId!.Value);
        if (!await db.Sites.AnyAsync(s => s.Id == siteId, cancellationToken))
        {
            return Error.Validation("unknown_site", "siteId", "There is no site with this id.");
        }

        var buildings = await db.Buildings.AsNoTracking().Where(b => b.SiteId == siteId).OrderBy(b => b.Code).ToListAsync(cancellationToken);
        return new ItemsResponse<BuildingResponse>(buildings.Select(BuildingResponse.From).ToList());
    }
}

internal static class ListBuildingsEndpoint
{
    public static void MapListBuildings(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/buildings", async (Guid? siteId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListBuildings(siteId), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("ListBuildings")
            .WithSummary("The buildings of a site, by code")
            .WithDescription("`siteId` is required.")
            .Produces<ItemsResponse<BuildingResponse>>()
            .ProducesValidationProblem();
}
