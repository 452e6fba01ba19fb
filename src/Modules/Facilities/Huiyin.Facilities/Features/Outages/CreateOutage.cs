using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain.Outages;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Facilities.Features.Outages;

/// <summary>
/// Records an outage over a site, buildings, floors or units (at least one), fixes the set of units it affects, and publishes
/// <see cref="OutageStarted"/>; its notice (kind Outage) texts the affected customers who consented.
/// </summary>
internal sealed record CreateOutage(
    [property: JsonRequired] OutageKind Kind,
    string Title,
    [property: JsonRequired] DateTimeOffset StartedAt,
    DateTimeOffset? EstimatedRestorationAt = null,
    Guid? SiteId = null,
    IReadOnlyList<Guid>? BuildingIds = null,
    IReadOnlyList<BuildingFloor>? Floors = null,
    IReadOnlyList<Guid>? UnitIds = null) : ICommand<Result<OutageResponse>>
{
    [JsonIgnore]
    public bool HasScope => SiteId is not null || BuildingIds is { Count: > 0 } || Floors is { Count: > 0 } || UnitIds is { Count: > 0 };
}

internal sealed class CreateOutageValidator : AbstractValidator<CreateOutage>
{
    public CreateOutageValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(100);
        RuleFor(x => x.EstimatedRestorationAt).GreaterThan(x => x.StartedAt).When(x => x.EstimatedRestorationAt is not null);
        RuleFor(x => x.UnitIds).Must((outage, _) => outage.HasScope).WithErrorCode("outage_scope_required")
            .WithMessage("Say what the outage affects: siteId, buildingIds, floors or unitIds.");
        RuleFor(x => x.UnitIds!.Count).LessThanOrEqualTo(1000).When(x => x.UnitIds is not null).OverridePropertyName("unitIds");
        RuleFor(x => x.BuildingIds!.Count).LessThanOrEqualTo(200).When(x => x.BuildingIds is not null).OverridePropertyName("buildingIds");
        RuleFor(x => x.Floors!.Count).LessThanOrEqualTo(200).When(x => x.Floors is not null).OverridePropertyName("floors");
        RuleForEach(x => x.Floors).ChildRules(floor => floor.RuleFor(f => f.Floor).InclusiveBetween(-10, 200));
    }
}

internal sealed class CreateOutageHandler(FacilitiesDbContext db, ICurrentUser user, OutageAnnouncement announcement, TimeProvider clock)
    : IRequestHandler<CreateOutage, Result<OutageResponse>>
{
    public async Task<Result<OutageResponse>> Handle(CreateOutage request, CancellationToken cancellationToken)
    {
        var scope = await new AffectedUnits(db).ResolveAsync(request.SiteId, [.. (request.BuildingIds ?? []).Distinct()], [.. (request.Floors ?? []).Distinct()],
            [.. (request.UnitIds ?? []).Distinct()], cancellationToken);
        if (scope.IsFailure)
        {
            return scope.Error;
        }

        var reportedBy = user.IsApiClient ? null : user.Id;
        var outage = Outage.Start(request.Kind, request.Title.Trim(), scope.Value, request.StartedAt, request.EstimatedRestorationAt, reportedBy);
        db.Outages.Add(outage);
        db.OutageUnits.AddRange(scope.Value.UnitIds.Select(unit => new OutageUnit(outage.Id, unit)));
        await announcement.SendAsync(outage, scope.Value.UnitIds, cancellationToken);
        db.Publish(new OutageStarted(outage.Id.Value, outage.Kind.ToString(), outage.Title, outage.SiteIds, outage.BuildingIds,
            outage.ScopeLabels, outage.AffectedUnitCount, outage.StartedAt, outage.EstimatedRestorationAt, reportedBy, user.Actor, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return OutageResponse.From(outage);
    }
}

internal static class CreateOutageEndpoint
{
    public static void MapCreateOutage(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/outages", async (CreateOutage body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(outage => TypedResults.Created($"/api/v1/facilities/outages/{outage.Id}", outage)))
            .RequireAuthorization(FacilitiesPermissions.Operate)
            .WithName("CreateOutage")
            .WithSummary("Record an outage (power cut, water cut, burst pipe…) over a site, buildings, floors or units")
            .WithDescription("Give at least one of `siteId`, `buildingIds`, `floors` (`{buildingId, floor}`) and `unitIds`; the units they cover are fixed now. The current owners and occupants of those units who agreed to text messages are sent the `outage-started` message once each, in the background, as a numbered notice of kind `Outage` (`startNoticeId`).")
            .Produces<OutageResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
