using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Notifications.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features.Inbox;

/// <summary>The caller's inbox lines after a sequence number (catch-up), or the latest ones; oldest first either way.</summary>
internal sealed record ListInbox(long? After, int? Limit) : IQuery<Result<InboxResponse>>;

/// <summary><c>hasMore</c>: more lines follow the last one given; ask again with <c>after</c> set to its sequence.</summary>
internal sealed record InboxResponse(IReadOnlyList<InboxItemResponse> Items, int UnreadCount, bool HasMore);

internal sealed class ListInboxValidator : AbstractValidator<ListInbox>
{
    public ListInboxValidator()
    {
        RuleFor(x => x.After).GreaterThanOrEqualTo(0).WithMessage("after must be a sequence number, 0 or more.");
        RuleFor(x => x.Limit).MustBeAPageLimit();
    }
}

internal sealed class ListInboxHandler(NotificationsDbContext db, ICurrentUser user) : IRequestHandler<ListInbox, Result<InboxResponse>>
{
    public async Task<Result<InboxResponse>> Handle(ListInbox request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var mine = db.InboxItems.AsNoTracking().Where(i => i.RecipientId == user.Id);
        var lines = request.After is { } after
            ? await mine.Where(i => i.Sequence > after).OrderBy(i => i.Sequence).Take(limit + 1).ToListAsync(cancellationToken)
            : (await mine.OrderByDescending(i => i.Sequence).Take(limit).ToListAsync(cancellationToken)).AsEnumerable().Reverse().ToList();
        var unread = await mine.CountAsync(i => i.ReadAt == null, cancellationToken);
        return new InboxResponse(lines.Take(limit).Select(InboxItemResponse.From).ToList(), unread, lines.Count > limit);
    }
}

internal static class ListInboxEndpoint
{
    public static void MapListInbox(this IEndpointRouteBuilder inbox) =>
        inbox.MapGet("/", async (long? after, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListInbox(after, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .WithName("ListMyInbox")
            .WithSummary("The caller's inbox: what was pushed to them, for catching up after a disconnect")
            .WithDescription("With `after` (a sequence number the client has seen), the lines after it in order, up to `limit` (1–200, default 50); `hasMore` says more follow. Without it, the latest `limit` lines. Oldest first either way; `unreadCount` counts every unread line.")
            .Produces<InboxResponse>()
            .ProducesValidationProblem();
}
