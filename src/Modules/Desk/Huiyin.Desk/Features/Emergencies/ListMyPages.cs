using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Desk.Contracts;
using Huiyin.Desk.Persistence;
using Huiyin.Tickets.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Desk.Features.Emergencies;

/// <summary>The emergencies the caller was paged for in the last 12 hours, newest first: the banner on their screen.</summary>
internal sealed record ListMyPages : IQuery<IReadOnlyList<PageResponse>>;

internal sealed record PageResponse(Guid Id, Guid TicketId, string Number, TicketCategory Category, DateTimeOffset ReportedAt, DateTimeOffset PagedAt);

internal sealed class ListMyPagesHandler(DeskDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListMyPages, IReadOnlyList<PageResponse>>
{
    private static readonly TimeSpan Recent = TimeSpan.FromHours(12);

    public async Task<IReadOnlyList<PageResponse>> Handle(ListMyPages request, CancellationToken cancellationToken)
    {
        var me = user.Id.GetValueOrDefault();
        var since = clock.GetUtcNow() - Recent;
        return await db.Pages.AsNoTracking().Where(p => p.PagedAt >= since && p.StaffIds.Contains(me)).OrderByDescending(p => p.PagedAt)
            .Select(p => new PageResponse(p.Id, p.TicketId, p.Number, p.Category, p.ReportedAt, p.PagedAt)).ToListAsync(cancellationToken);
    }
}

internal static class ListMyPagesEndpoint
{
    public static void MapListMyPages(this IEndpointRouteBuilder duty) =>
        duty.MapGet("/pages", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListMyPages(), cancellationToken)))
            .RequireAuthorization(DeskPermissions.Read)
            .WithName("ListMyEmergencyPages")
            .WithSummary("The emergencies the caller was paged for in the last 12 hours")
            .Produces<IReadOnlyList<PageResponse>>();
}
