using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Security;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Knowledge.Contracts;
using Huiyin.Knowledge.Domain;
using Huiyin.Knowledge.Features.Shared;
using Huiyin.Knowledge.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Knowledge.Features.Entries;

/// <summary>The caller's own entries, drafts and approved ones, whose review day (desk time) has come, the most overdue first.</summary>
internal sealed record ListDueForReview : IQuery<ItemsResponse<EntryResponse>>;

internal sealed class ListDueForReviewHandler(KnowledgeDbContext db, EntryResponses responses, ICurrentUser user, DeskTime desk, TimeProvider clock)
    : IRequestHandler<ListDueForReview, ItemsResponse<EntryResponse>>
{
    public async Task<ItemsResponse<EntryResponse>> Handle(ListDueForReview request, CancellationToken cancellationToken)
    {
        var today = desk.Today(clock);
        var me = user.Id.GetValueOrDefault();
        var entries = await db.Entries.AsNoTracking()
            .Where(e => e.OwnerId == me && e.Status != KnowledgeStatus.Retired && e.ReviewBy <= today)
            .OrderBy(e => e.ReviewBy).ThenBy(e => e.Title)
            .ToListAsync(cancellationToken);
        return new ItemsResponse<EntryResponse>(await responses.OfAsync(entries, cancellationToken));
    }
}

internal static class ListDueForReviewEndpoint
{
    public static void MapListDueForReview(this IEndpointRouteBuilder knowledge) =>
        knowledge.MapGet("/due-for-review", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListDueForReview(), cancellationToken)))
            .RequireAuthorization(KnowledgePermissions.Write)
            .WithName("ListKnowledgeDueForReview")
            .WithSummary("My answers and scripts whose review day has come")
            .Produces<ItemsResponse<EntryResponse>>();
}
