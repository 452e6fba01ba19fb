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

/// <summary>The public areas of a site (all of them, or those of one building), by name: tens per site, answered whole.</summary>
internal sealed record ListAreas(Guid? SiteId, Guid? BuildingId) : IQuery<Result<ItemsResponse<AreaResponse>>>;

internal sealed class ListAreasValidator : AbstractValidator<ListAreas>
{
    public ListAreasValidator() =>
        RuleFor(x => x.SiteId).NotEmpty().When(x => x.BuildingId is null).WithMessage("Give a site or a building.");
}

internal sealed class ListAreasHandler(FacilitiesDbContext db) : IRequestHandler<ListAreas, Result<ItemsResponse<AreaResponse>>>
{
    public async Task<Result<ItemsResponse<AreaResponse>>> Handle(ListAreas request, CancellationToken cancellationToken)
    {
        var query = db.Areas.AsNoTracking();
        if (request.SiteId is { } site)
        {
            query = query.Where(a => a.SiteId == new SiteId(site));
        }

        if (request.BuildingId is { } building)
        {
            query = query.Where(a => a.BuildingId == new BuildingId(building));
        }

        return new ItemsResponse<AreaResponse>((await query.OrderBy(a => a.Name).ToListAsync(cancellationToken)).Select(AreaResponse.From).ToList());
    }
}

internal static class ListAreasEndpoint
{
    public static void MapListAreas(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/areas", async (Guid? siteId, Guid? buildingId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListAreas(siteId, buildingId), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("ListAreas")
            .WithSummary("The public areas of a site or of one of its buildings, by name")
            .WithDescription("Give `siteId`, `buildingId` or both.")
            .Produces<ItemsResponse<AreaResponse>>()
            .ProducesValidationProblem();
}
