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

/// <summary>One unit with who owns and lives in it now, every move in and out, and the equipment serving it that is down.</summary>
internal sealed record GetUnit(Guid Id) : IQuery<Result<Versioned<UnitResponse>>>;

internal sealed class GetUnitHandler(FacilitiesDbContext db) : IRequestHandler<GetUnit, Result<Versioned<UnitResponse>>>
{
    public async Task<Result<Versioned<UnitResponse>>> Handle(GetUnit request, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == new UnitId(request.Id), cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("Unit", request.Id);
        }

        var down = await db.DownInBuildingAsync(unit.SiteId, unit.BuildingId, cancellationToken);
        return new Versioned<UnitResponse>(UnitResponses.From(unit, down.Serving(unit.Id)), unit.Version);
    }
}

internal static class GetUnitEndpoint
{
    public static void MapGetUnit(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/units/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetUnit(id), cancellationToken)).ToHttp(found => found.ToOk(response)))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("GetUnit")
            .WithSummary("One unit with its owners and occupants, its history of moves, and the equipment serving it that is down")
            .WithDescription("Equipment serves a unit when it is in the unit, or (not being in a unit) in the unit's building, or (in neither) on its site.")
            .Produces<UnitResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
