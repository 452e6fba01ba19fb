using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain.Outages;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Outages;

/// <summary>The out-of-service notices in force: every outage not yet restored, the earliest first, for the agents' banner.</summary>
internal sealed record ListActiveNotices : IQuery<ItemsResponse<ActiveNotice>>;

internal sealed record ActiveNotice(
    Guid OutageId, OutageKind Kind, string Title, IReadOnlyList<string> Scope, int AffectedUnits, DateTimeOffset StartedAt, DateTimeOffset? EstimatedRestorationAt);

internal sealed class ListActiveNoticesHandler(FacilitiesDbContext db) : IRequestHandler<ListActiveNotices, ItemsResponse<ActiveNotice>>
{
    public async Task<ItemsResponse<ActiveNotice>> Handle(ListActiveNotices request, CancellationToken cancellationToken) =>
        new((await db.Outages.AsNoTracking().Where(o => o.RestoredAt == null).OrderBy(o => o.StartedAt).ToListAsync(cancellationToken))
            .Select(o => new ActiveNotice(o.Id.Value, o.Kind, o.Title, o.ScopeLabels, o.AffectedUnitCount, o.StartedAt, o.EstimatedRestorationAt)).ToList());
}

internal static class ListActiveNoticesEndpoint
{
    public static void MapListActiveNotices(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/notices/active", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListActiveNotices(), cancellationToken)))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("ListActiveNotices")
            .WithSummary("The out-of-service notices in force")
            .WithDescription("Every outage not yet restored, with the places it covers by name and the estimated restoration, for the banner agents see while they take calls.")
            .Produces<ItemsResponse<ActiveNotice>>();
}
