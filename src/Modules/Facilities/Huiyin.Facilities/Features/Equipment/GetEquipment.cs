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

namespace Huiyin.Facilities.Features.Equipment;

/// <summary>One piece of equipment with every time it was down, newest first.</summary>
internal sealed record GetEquipment(Guid Id) : IQuery<Result<EquipmentWithDowntimesResponse>>;

internal sealed record DowntimeResponse(DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? Reason);

internal sealed record EquipmentWithDowntimesResponse(EquipmentResponse Equipment, IReadOnlyList<DowntimeResponse> Downtimes);

internal sealed class GetEquipmentHandler(FacilitiesDbContext db) : IRequestHandler<GetEquipment, Result<EquipmentWithDowntimesResponse>>
{
    public async Task<Result<EquipmentWithDowntimesResponse>> Handle(GetEquipment request, CancellationToken cancellationToken)
    {
        var equipment = await db.Equipment.AsNoTracking().SingleOrDefaultAsync(e => e.Id == new EquipmentId(request.Id), cancellationToken);
        if (equipment is null)
        {
            return Error.NotFound("Equipment", request.Id);
        }

        var downtimes = equipment.Downtimes.OrderByDescending(d => d.StartedAt).Select(d => new DowntimeResponse(d.StartedAt, d.EndedAt, d.Reason)).ToList();
        return new EquipmentWithDowntimesResponse(EquipmentResponse.From(equipment), downtimes);
    }
}

internal static class GetEquipmentEndpoint
{
    public static void MapGetEquipment(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/equipment/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetEquipment(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("GetEquipment")
            .WithSummary("One piece of equipment with its downtimes, newest first")
            .Produces<EquipmentWithDowntimesResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
