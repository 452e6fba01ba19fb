using FluentValidation;
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

/// <summary>Adds a building to a site: its code (the 3 of 3-2-1502, unique in the site), its name (3栋) and how many floors it has.</summary>
internal sealed record CreateBuilding(Guid SiteId, string Code, string Name, int? Floors = null) : ICommand<Result<BuildingResponse>>;

internal sealed class CreateBuildingValidator : AbstractValidator<CreateBuilding>
{
    public CreateBuildingValidator()
    {
        RuleFor(x => x.SiteId).NotEmpty();
        RuleFor(x => x.Code).NotEmpty().MaximumLength(10).MustBeAnAddressPart();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(50);
        RuleFor(x => x.Floors).InclusiveBetween(1, 200);
    }
}

internal sealed class CreateBuildingHandler(FacilitiesDbContext db) : IRequestHandler<CreateBuilding, Result<BuildingResponse>>
{
    public async Task<Result<BuildingResponse>> Handle(CreateBuilding request, CancellationToken cancellationToken)
    {
        if (!await db.Sites.AnyAsync(s => s.Id == new SiteId(request.SiteId), cancellationToken))
        {
            return Error.Validation("unknown_site", "siteId", "There is no site with this id.");
        }

        var building = Building.Create(new SiteId(request.SiteId), request.Code.Trim(), request.Name.Trim(), request.Floors);
        db.Buildings.Add(building);
        await db.SaveChangesAsync(cancellationToken);
        return BuildingResponse.From(building);
    }
}

internal static class CreateBuildingEndpoint
{
    public static void MapCreateBuilding(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/buildings", async (CreateBuilding body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(building => TypedResults.Created($"/api/v1/facilities/buildings/{building.Id}", building)))
            .RequireAuthorization(FacilitiesPermissions.Write)
            .WithName("CreateBuilding")
            .WithSummary("Add a building to a site")
            .WithDescription("`code` is letters and digits (no dash): it starts the numbers of the building's units (3-2-1502). A code the site already has is a 409 `building_code_taken`.")
            .Produces<BuildingResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
