using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Inspections;

/// <summary>Every inspection checklist with its items, by name: few enough to need no paging.</summary>
internal sealed record ListChecklists : IQuery<ItemsResponse<ChecklistResponse>>;

internal sealed class ListChecklistsHandler(FacilitiesDbContext db) : IRequestHandler<ListChecklists, ItemsResponse<ChecklistResponse>>
{
    public async Task<ItemsResponse<ChecklistResponse>> Handle(ListChecklists request, CancellationToken cancellationToken) =>
        new((await db.Checklists.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken)).Select(ChecklistResponse.From).ToList());
}

internal static class ListChecklistsEndpoint
{
    public static void MapListChecklists(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/checklists", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListChecklists(), cancellationToken)))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("ListChecklists")
            .WithSummary("The inspection checklists with their items")
            .Produces<ItemsResponse<ChecklistResponse>>();
}
