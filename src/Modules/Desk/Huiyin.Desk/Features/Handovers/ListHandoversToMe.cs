using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Desk.Contracts;
using Huiyin.Desk.Features.Shared;
using Huiyin.Desk.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Desk.Features.Handovers;

/// <summary>The unsigned handovers to a shift the caller is rostered on: what they are to accept.</summary>
internal sealed record ListHandoversToMe : IQuery<IReadOnlyList<HandoverResponse>>;

internal sealed class ListHandoversToMeHandler(DeskDbContext db, DutyTable table, HandoverResponses responses, ICurrentUser user)
    : IRequestHandler<ListHandoversToMe, IReadOnlyList<HandoverResponse>>
{
    private const int Most = 50;

    public async Task<IReadOnlyList<HandoverResponse>> Handle(ListHandoversToMe request, CancellationToken cancellationToken)
    {
        var unsigned = await db.Handovers.AsNoTracking().Where(h => h.AcceptedAt == null)
            .OrderByDescending(h => h.HandedOverAt).Take(Most).ToListAsync(cancellationToken);
        var mine = new List<Domain.Handover>();
        foreach (var handover in unsigned)
        {
            if ((await table.StaffOnAsync(handover.To, cancellationToken)).Contains(user.Id.GetValueOrDefault()))
            {
                mine.Add(handover);
            }
        }

        return await responses.OfAsync(mine, cancellationToken);
    }
}

internal static class ListHandoversToMeEndpoint
{
    public static void MapListHandoversToMe(this IEndpointRouteBuilder handovers) =>
        handovers.MapGet("/to-me", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListHandoversToMe(), cancellationToken)))
            .RequireAuthorization(DeskPermissions.Handover)
            .WithName("ListHandoversToMe")
            .WithSummary("Unsigned handovers to a shift the caller is on")
            .Produces<IReadOnlyList<HandoverResponse>>();
}
