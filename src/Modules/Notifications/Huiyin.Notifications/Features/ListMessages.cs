using Huiyin.Notifications.Contracts;
using System.Globalization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features;

/// <summary>Text messages and e-mails sent or waiting, newest first, optionally about one item or in one status, a page at a time.</summary>
internal sealed record ListMessages(Guid? RelatedItemId, string? Status, string? Cursor, int? Limit) : IQuery<Result<Page<MessageResponse>>>;

/// <summary>
/// A message as staff see it. <c>Recipient</c> is the mobile of a text, masked but for its last four digits, or the address of an
/// e-mail, masked but for its first letter and its domain; <c>Phone</c> is the masked mobile alone (empty for an e-mail).
/// </summary>
internal sealed record MessageResponse(
    Guid Id, MessageChannel Channel, string Recipient, string Phone, string? Subject, string TemplateKey, string Text, string? RelatedItemType,
    Guid? RelatedItemId, MessageStatus Status, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt)
{
    public static MessageResponse From(OutgoingMessage m) =>
        new(m.Id.Value, m.Channel, m.EmailAddress is { } address ? EmailAddress.Mask(address) : MobilePhone.Mask(m.Phone), MobilePhone.Mask(m.Phone),
            m.Subject, m.TemplateKey, m.Text, m.RelatedItemType, m.RelatedItemId, m.Status, m.Attempts, m.LastError, m.CreatedAt, m.SentAt);
}

internal sealed class ListMessagesValidator : AbstractValidator<ListMessages>
{
    public ListMessagesValidator()
    {
        RuleFor(x => x.Status!).IsEnumName(typeof(MessageStatus), caseSensitive: false).When(x => x.Status is not null)
            .WithMessage($"'{{PropertyValue}}' is not a message status. Use one of: {string.Join(", ", Enum.GetNames<MessageStatus>())}.");
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).MustBeACursorOf(keys: 1);
        RuleFor(x => x.Cursor).Must(c => c is null || long.TryParse(Cursor.Decode(c, 1)?[0], CultureInfo.InvariantCulture, out _))
            .WithMessage("cursor is not one this list returned.").WithErrorCode("invalid_cursor");
    }
}

internal sealed class ListMessagesHandler(NotificationsDbContext db) : IRequestHandler<ListMessages, Result<Page<MessageResponse>>>
{
    public async Task<Result<Page<MessageResponse>>> Handle(ListMessages request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var query = db.Messages.AsNoTracking();
        if (request.RelatedItemId is { } itemId)
        {
            query = query.Where(m => m.RelatedItemId == itemId);
        }

        if (request.Status is not null)
        {
            var status = Enum.Parse<MessageStatus>(request.Status, ignoreCase: true);
            query = query.Where(m => m.Status == status);
        }

        if (request.Cursor is not null)
        {
            var after = long.Parse(Cursor.Decode(request.Cursor, 1)![0], CultureInfo.InvariantCulture);
            query = query.Where(m => m.Sequence < after);
        }

        var fetched = await query.OrderByDescending(m => m.Sequence).Take(limit + 1).ToListAsync(cancellationToken);
        var page = Page<OutgoingMessage>.From(fetched, limit, m => Cursor.Encode(m.Sequence.ToString(CultureInfo.InvariantCulture)));
        return new Page<MessageResponse>(page.Items.Select(MessageResponse.From).ToList(), page.NextCursor);
    }
}

internal static class ListMessagesEndpoint
{
    public static void MapListMessages(this IEndpointRouteBuilder messages) =>
        messages.MapGet("/", async (Guid? relatedItemId, string? status, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListMessages(relatedItemId, status, cursor, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(NotificationsPermissions.Read)
            .TakesEnum<MessageStatus>("status")
            .WithName("ListOutgoingMessages")
            .WithSummary("Text messages and e-mails sent or waiting to be sent")
            .WithDescription("Filters: `relatedItemId` (the ticket or complaint a message is about), `status` (`Queued`, `Sent`). Newest first; pages with `cursor` and `limit` (1–200, default 50). Recipients are masked: mobiles but for the last four digits, e-mail addresses but for the first letter and the domain.")
            .Produces<Page<MessageResponse>>()
            .ProducesValidationProblem();
}
