using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Notifications.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features.Inbox;

/// <summary>Marks the caller's lines read: every line up to a sequence number, or the named ones. Lines already read keep their time.</summary>
internal sealed record MarkInboxRead(long? UpTo, IReadOnlyList<Guid>? Ids) : ICommand<Result<InboxReadResponse>>;

internal sealed record InboxReadResponse(int Marked, int UnreadCount);

internal sealed class MarkInboxReadValidator : AbstractValidator<MarkInboxRead>
{
    public MarkInboxReadValidator()
    {
        RuleFor(x => x.UpTo).NotNull().When(x => x.Ids is null).WithMessage("Give upTo (a sequence number) or ids.");
        RuleFor(x => x.UpTo).Null().When(x => x.Ids is not null).WithMessage("Give upTo or ids, not both.");
        RuleFor(x => x.UpTo).GreaterThanOrEqualTo(0).WithMessage("upTo must be a sequence number, 0 or more.");
        RuleFor(x => x.Ids).Must(ids => ids!.Count is >= 1 and <= 200).When(x => x.Ids is not null)
            .WithMessage("ids must name 1 to 200 lines.").WithErrorCode("inbox_ids_count");
    }
}

internal sealed class MarkInboxReadHandler(NotificationsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MarkInboxRead, Result<InboxReadResponse>>
{
    public async Task<Result<InboxReadResponse>> Handle(MarkInboxRead request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var mine = db.InboxItems.Where(i => i.RecipientId == user.Id);
        var chosen = request.UpTo is { } upTo ? mine.Where(i => i.Sequence <= upTo) : mine.Where(i => request.Ids!.Contains(i.Id));
        var marked = await chosen.Where(i => i.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(i => i.ReadAt, now), cancellationToken);
        var unread = await mine.CountAsync(i => i.ReadAt == null, cancellationToken);
        return new InboxReadResponse(marked, unread);
    }
}

internal static class MarkInboxReadEndpoint
{
    public static void MapMarkInboxRead(this IEndpointRouteBuilder inbox) =>
        inbox.MapPost("/read", async (MarkInboxRead body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(TypedResults.Ok))
            .WithName("MarkMyInboxRead")
            .WithSummary("Mark inbox lines read")
            .WithDescription("`{upTo}` marks every line up to that sequence number; `{ids}` marks the named lines (1–200). Answers how many were marked and the unread count left.")
            .Produces<InboxReadResponse>()
            .ProducesValidationProblem();
}
