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
using Unit = Huiyin.Facilities.Domain.Unit;

namespace Huiyin.Facilities.Features.Tree;

/// <summary>Adds a unit to a building, vacant until someone moves in; its full number (3-2-1502) is unique in the building.</summary>
internal sealed record CreateUnit(Guid BuildingId, int Floor, string Number, string? Entrance = null, decimal? AreaSquareMetres = null)
    : ICommand<Result<UnitResponse>>;

internal sealed class CreateUnitValidator : AbstractValidator<CreateUnit>
{
    public CreateUnitValidator()
    {
        RuleFor(x => x.BuildingId).NotEmpty();
        RuleFor(x => x.Floor).InclusiveBetween(-10, 200);
        RuleFor(x => x.Number).NotEmpty().MaximumLength(20).MustBeAnAddressPart();
        RuleFor(x => x.Entrance).MaximumLength(10).MustBeAnAddressPart();
        RuleFor(x => x.AreaSquareMetres).GreaterThan(0m).LessThan(10_000_000m).PrecisionScale(9, 2, ignoreTrailingZeros: true);
    }
}

internal sealed class CreateUnitHandler(FacilitiesDbContext db) : IRequestHandler<CreateUnit, Result<UnitResponse>>
{
    public async Task<Result<UnitResponse>> Handle(CreateUnit request, CancellationToken cancellationToken)
    {
        var building = await db.Buildings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == new BuildingId(request.BuildingId), cancellationToken);
        if (building is null)
        {
            return Error.Validation("unknown_building", "buildingId", "There is no building with this id.");
        }

        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == building.SiteId, cancellationToken);
        var entrance = string.IsNullOrWhiteSpace(request.Entrance) ? null : request.Entrance.Trim();
        var unit = Unit.Create(site, building, new UnitPlace(entrance, request.Floor, request.Number.Trim()), request.AreaSquareMetres);
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return UnitResponses.From(unit);
    }
}

internal static class CreateUnitEndpoint
{
    public static void MapCreateUnit(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/units", async (CreateUnit body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(unit => TypedResults.Created($"/api/v1/facilities/units/{unit.Id}", unit)))
            .RequireAuthorization(FacilitiesPermissions.Write)
            .WithName("CreateUnit")
            .WithSummary("Add a unit to a building")
            .WithDescription("The unit's `fullNumber` is the building's code, the entrance (单元) when given and the number, joined by dashes (3-2-1502); its `label` the address as people say it (翠苑 3栋 2单元 1502). A number the building already has is a 409 `unit_number_taken`.")
            .Produces<UnitResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
