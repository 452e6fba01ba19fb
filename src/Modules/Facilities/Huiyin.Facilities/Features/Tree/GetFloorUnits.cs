using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
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

/// <summary>A floor's units as a grid: each with its number, vacant or not, who holds it now (by name) and the equipment serving it that is down.</summary>
internal sealed record GetFloorUnits(Guid BuildingId, int Floor) : IQuery<Result<ItemsResponse<FloorUnitResponse>>>;

/// <summary>A customer who holds a unit now; the name is blank when the Customers module no longer knows them.</summary>
internal sealed record UnitHolderResponse(Guid CustomerId, string Name, OccupancyRole Role);

internal sealed record FloorUnitResponse(Guid Id, string? Entrance, string Number, string FullNumber, bool Vacant, IReadOnlyList<UnitHolderResponse> Occupants,
    IReadOnlyList<DownEquipmentResponse> EquipmentDown);

internal sealed class GetFloorUnitsValidator : AbstractValidator<GetFloorUnits>
{
    public GetFloorUnitsValidator() => RuleFor(x => x.Floor).InclusiveBetween(-10, 200);
}

internal sealed class GetFloorUnitsHandler(FacilitiesDbContext db, IMediator mediator) : IRequestHandler<GetFloorUnits, Result<ItemsResponse<FloorUnitResponse>>>
{
    public async Task<Result<ItemsResponse<FloorUnitResponse>>> Handle(GetFloorUnits request, CancellationToken cancellationToken)
    {
        var building = await db.Buildings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == new BuildingId(request.BuildingId), cancellationToken);
        if (building is null)
        {
            return Error.NotFound("Building", request.BuildingId);
        }

        var units = await db.Units.AsNoTracking().Where(u => u.BuildingId == building.Id && u.Floor == request.Floor)
            .OrderBy(u => u.FullNumber).ToListAsync(cancellationToken);
        var down = await db.DownInBuildingAsync(building.SiteId, building.Id, cancellationToken);
        var holders = units.SelectMany(u => u.Occupancies).Where(o => o.IsCurrent).ToList();
        var names = (await mediator.Send(new GetCustomerSummaries(holders.Select(o => o.CustomerId).ToList()), cancellationToken))
            .ToDictionary(c => c.CustomerId, c => c.Name);
        return new ItemsResponse<FloorUnitResponse>(units.Select(u => new FloorUnitResponse(u.Id.Value, u.Entrance, u.Number, u.FullNumber, u.Vacant,
            holders.Where(o => o.UnitId == u.Id).OrderBy(o => o.Role).ThenBy(o => o.MovedInAt)
                .Select(o => new UnitHolderResponse(o.CustomerId, names.GetValueOrDefault(o.CustomerId, ""), o.Role)).ToList(),
            down.Serving(u.Id))).ToList());
    }
}

internal static class GetFloorUnitsEndpoint
{
    public static void MapGetFloorUnits(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/buildings/{id:guid}/floors/{floor:int}/units", async (Guid id, int floor, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetFloorUnits(id, floor), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("GetFloorUnits")
            .WithSummary("A floor's units as a grid: vacant or not, who holds each, and the equipment serving it that is down")
            .WithDescription("In full-number order. `occupants` are the owners and occupants now, owners first, with their names. A floor outside −10…200 is a 400 naming `floor`.")
            .Produces<ItemsResponse<FloorUnitResponse>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
