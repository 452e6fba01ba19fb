using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Equipment;

/// <summary>Equipment goes down (with a reason) or back up; the downtime is recorded and <see cref="EquipmentStatusChanged"/> published.</summary>
internal sealed record ChangeEquipmentStatus([property: JsonRequired] EquipmentStatus Status, string? Reason = null)
    : ICommand<Result<EquipmentResponse>>, IRetriedOnOutdatedCopy
{
    [JsonIgnore]
    public Guid EquipmentId { get; init; }
}

internal sealed class ChangeEquipmentStatusValidator : AbstractValidator<ChangeEquipmentStatus>
{
    public ChangeEquipmentStatusValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Reason).NotEmpty().When(x => x.Status == EquipmentStatus.Down).WithMessage("Say why the equipment is down.");
        RuleFor(x => x.Reason).MaximumLength(500);
    }
}

internal sealed class ChangeEquipmentStatusHandler(FacilitiesDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ChangeEquipmentStatus, Result<EquipmentResponse>>
{
    public async Task<Result<EquipmentResponse>> Handle(ChangeEquipmentStatus request, CancellationToken cancellationToken)
    {
        var equipment = await db.Equipment.SingleOrDefaultAsync(e => e.Id == new EquipmentId(request.EquipmentId), cancellationToken);
        if (equipment is null)
        {
            return Error.NotFound("Equipment", request.EquipmentId);
        }

        var previous = equipment.Status;
        var now = clock.GetUtcNow();
        var changed = equipment.ChangeStatus(request.Status, now, request.Reason?.Trim());
        if (changed.IsFailure)
        {
            return changed.Error;
        }

        db.Publish(new EquipmentStatusChanged(equipment.Id.Value, equipment.Name, equipment.Type.ToString(), equipment.SiteId.Value, equipment.BuildingId?.Value,
            equipment.AreaId?.Value, equipment.UnitId?.Value, previous.ToString(), equipment.Status.ToString(), request.Reason?.Trim(), changed.Value,
            user.IsApiClient ? null : user.Id, user.Actor, now));
        await db.SaveChangesAsync(cancellationToken);
        return EquipmentResponse.From(equipment);
    }
}

internal static class ChangeEquipmentStatusEndpoint
{
    public static void MapChangeEquipmentStatus(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/equipment/{id:guid}/status", async (Guid id, ChangeEquipmentStatus body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body with { EquipmentId = id }, cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Operate)
            .WithName("ChangeEquipmentStatus")
            .WithSummary("Report equipment down (with a reason) or back up")
            .WithDescription("Down opens a downtime and shows on the units the equipment serves; Up closes it, and `EquipmentStatusChanged` carries how long it lasted. The status it already has is a 409 `illegal_transition`.")
            .Produces<EquipmentResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
