using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Occupancy;

/// <summary>
/// A customer moves out of a unit (退房/搬离): their occupancies end but stay in the unit's history; publishes
/// <see cref="CustomerMovedOut"/> for each role they held.
/// </summary>
internal sealed record MoveOut(Guid CustomerId, [property: JsonRequired] DateTimeOffset MovedOutAt) : ICommand<Result<UnitResponse>>, IRetriedOnOutdatedCopy
{
    [JsonIgnore]
    public Guid UnitId { get; init; }
}

internal sealed class MoveOutValidator : AbstractValidator<MoveOut>
{
    public MoveOutValidator()
    {
        RuleFor(x => x.CustomerId).NotEmpty();
        RuleFor(x => x.MovedOutAt).NotEmpty();
    }
}

internal sealed class MoveOutHandler(FacilitiesDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MoveOut, Result<UnitResponse>>
{
    public async Task<Result<UnitResponse>> Handle(MoveOut request, CancellationToken cancellationToken)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == new UnitId(request.UnitId), cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("Unit", request.UnitId);
        }

        var ended = unit.MoveOut(request.CustomerId, request.MovedOutAt, user.Actor);
        if (ended.IsFailure)
        {
            return ended.Error;
        }

        foreach (var occupancy in ended.Value)
        {
            db.Publish(new CustomerMovedOut(request.CustomerId, unit.Id.Value, unit.BuildingId.Value, unit.SiteId.Value, unit.Label, occupancy.Role.ToString(),
                request.MovedOutAt, unit.Vacant, user.IsApiClient ? null : user.Id, user.Actor, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return UnitResponses.From(unit);
    }
}

internal static class MoveOutEndpoint
{
    public static void MapMoveOut(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/units/{id:guid}/move-out", async (Guid id, MoveOut body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body with { UnitId = id }, cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Occupancy)
            .WithName("MoveOut")
            .WithSummary("A customer moves out of a unit; the history keeps their time in it")
            .WithDescription("Ends each role the customer holds in the unit and publishes `CustomerMovedOut` for it; the unit is vacant when nobody is left. A customer who holds nothing there now is a 409 `not_moved_in`; a date before the move-in a 400 on `movedOutAt`.")
            .Produces<UnitResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
