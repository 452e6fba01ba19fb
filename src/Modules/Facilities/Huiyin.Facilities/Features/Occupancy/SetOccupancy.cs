using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
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

namespace Huiyin.Facilities.Features.Occupancy;

/// <summary>A customer moves into a unit as its owner or an occupant (入伙/入住); publishes <see cref="CustomerMovedIn"/>.</summary>
internal sealed record SetOccupancy(Guid CustomerId, [property: JsonRequired] OccupancyRole Role, [property: JsonRequired] DateTimeOffset MovedInAt)
    : ICommand<Result<UnitResponse>>, IRetriedOnOutdatedCopy
{
    [JsonIgnore]
    public Guid UnitId { get; init; }
}

internal sealed class SetOccupancyValidator : AbstractValidator<SetOccupancy>
{
    public SetOccupancyValidator()
    {
        RuleFor(x => x.CustomerId).NotEmpty();
        RuleFor(x => x.Role).IsInEnum();
        RuleFor(x => x.MovedInAt).NotEmpty();
    }
}

internal sealed class SetOccupancyHandler(FacilitiesDbContext db, IMediator mediator, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SetOccupancy, Result<UnitResponse>>
{
    public async Task<Result<UnitResponse>> Handle(SetOccupancy request, CancellationToken cancellationToken)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == new UnitId(request.UnitId), cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("Unit", request.UnitId);
        }

        var customer = await mediator.Send(new GetCustomerSummary(request.CustomerId), cancellationToken);
        if (customer is null || customer.Archived)
        {
            return customer is null
                ? Error.Validation("unknown_customer", "customerId", "There is no customer with this id.")
                : Error.Validation("customer_archived", "customerId", "This customer is archived; restore the customer first.");
        }

        var movedIn = unit.MoveIn(request.CustomerId, request.Role, request.MovedInAt, user.Actor);
        if (movedIn.IsFailure)
        {
            return movedIn.Error;
        }

        db.Publish(new CustomerMovedIn(request.CustomerId, unit.Id.Value, unit.BuildingId.Value, unit.SiteId.Value, unit.Label, request.Role.ToString(),
            request.MovedInAt, user.IsApiClient ? null : user.Id, user.Actor, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return UnitResponses.From(unit);
    }
}

internal static class SetOccupancyEndpoint
{
    public static void MapMoveIn(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/units/{id:guid}/occupancy", async (Guid id, SetOccupancy body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body with { UnitId = id }, cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Occupancy)
            .WithName("SetOccupancy")
            .WithSummary("A customer moves into a unit as its owner or an occupant")
            .WithDescription("The unit is no longer vacant; `CustomerMovedIn` is published (Callbacks calls back a month later). The same customer already holding the unit in the same role is a 409 `already_moved_in`; an unknown or archived customer a 400 on `customerId`.")
            .Produces<UnitResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
