using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain.Outages;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Outages;

/// <summary>Ends an outage and publishes <see cref="OutageRestored"/> and sends its restoration notice, which texts the affected customers who consented again.</summary>
internal sealed record RestoreOutage([property: JsonRequired] DateTimeOffset RestoredAt) : ICommand<Result<OutageResponse>>
{
    [JsonIgnore]
    public Guid OutageId { get; init; }
}

internal sealed class RestoreOutageValidator : AbstractValidator<RestoreOutage>
{
    public RestoreOutageValidator() => RuleFor(x => x.RestoredAt).NotEmpty();
}

internal sealed class RestoreOutageHandler(FacilitiesDbContext db, ICurrentUser user, OutageAnnouncement announcement, TimeProvider clock) : IRequestHandler<RestoreOutage, Result<OutageResponse>>
{
    public async Task<Result<OutageResponse>> Handle(RestoreOutage request, CancellationToken cancellationToken)
    {
        var id = new OutageId(request.OutageId);
        var outage = await db.Outages.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (outage is null)
        {
            return Error.NotFound("Outage", request.OutageId);
        }

        var restoredBy = user.IsApiClient ? null : user.Id;
        var restored = outage.Restore(request.RestoredAt, restoredBy);
        if (restored.IsFailure)
        {
            return restored.Error;
        }

        var units = await db.OutageUnits.Where(u => u.OutageId == id).Select(u => u.UnitId).ToListAsync(cancellationToken);
        await announcement.SendAsync(outage, units, cancellationToken);
        db.Publish(new OutageRestored(outage.Id.Value, outage.Kind.ToString(), outage.Title, outage.SiteIds, outage.BuildingIds,
            outage.ScopeLabels, outage.AffectedUnitCount,
            outage.StartedAt, outage.RestoredAt!.Value, restoredBy, user.Actor, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return OutageResponse.From(outage);
    }
}

internal static class RestoreOutageEndpoint
{
    public static void MapRestoreOutage(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/outages/{id:guid}/restore", async (Guid id, RestoreOutage body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body with { OutageId = id }, cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Operate)
            .WithName("RestoreOutage")
            .WithSummary("Record that service is back after an outage")
            .WithDescription("The affected customers who agreed to text messages are sent the `outage-restored` message once each, in the background, as a second notice of kind `Outage` (`restorationNoticeId`). An outage restored already is a 409 `outage_restored`; `restoredAt` before the start is a 400.")
            .Produces<OutageResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
