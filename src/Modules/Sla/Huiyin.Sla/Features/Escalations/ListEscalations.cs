using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Escalations;

/// <summary>
/// The caller's escalation queue: unacknowledged escalations of their level whose deadline is still unmet, oldest first; one
/// raised by hand carries its reason and who raised it.
/// </summary>
internal sealed record ListEscalations : IQuery<Result<ItemsResponse<EscalationResponse>>>;

internal sealed record EscalationResponse(
    Guid Id, SlaWorkType ItemType, Guid ItemId, SlaMetric Metric, string PolicyName, int Level, DateTimeOffset DueAt, DateTimeOffset RaisedAt,
    string? Reason, string? RaisedBy);

internal sealed class ListEscalationsHandler(SlaDbContext db, ICurrentUser user) : IRequestHandler<ListEscalations, Result<ItemsResponse<EscalationResponse>>>
{
    public async Task<Result<ItemsResponse<EscalationResponse>>> Handle(ListEscalations request, CancellationToken cancellationToken)
    {
        var levels = EscalationLevels.Of(user);
        var open = await db.Escalations.AsNoTracking()
            .Where(e => levels.Contains(e.Level) && e.AcknowledgedAt == null)
            .Join(db.Clocks.Where(c => c.Status == ClockStatus.Running || c.Status == ClockStatus.Paused), e => e.ClockId, c => c.Id, (e, _) => e)
            .OrderBy(e => e.RaisedAt)
            .Take(PageRequestRules.MaxLimit)
            .Select(e => new EscalationResponse(e.Id, e.ItemType, e.ItemId, e.Metric, e.PolicyName, e.Level, e.DueAt, e.RaisedAt, e.Reason, e.RaisedBy))
            .ToListAsync(cancellationToken);
        return new ItemsResponse<EscalationResponse>(open);
    }
}

internal static class ListEscalationsEndpoint
{
    public static void MapListEscalations(this IEndpointRouteBuilder escalations) =>
        escalations.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListEscalations(), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(new AuthorizationPolicyBuilder().RequireClaim(HuiyinClaims.Permission, EscalationLevels.AnyLevel).Build())
            .WithName("ListSlaEscalations")
            .WithSummary("Open escalations for the caller's level (Supervisor 1, Manager 2, Executive 3)")
            .Produces<ItemsResponse<EscalationResponse>>();
}
