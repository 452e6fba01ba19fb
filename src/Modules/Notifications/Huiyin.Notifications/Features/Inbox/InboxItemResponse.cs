using Huiyin.Notifications.Domain.Inbox;

namespace Huiyin.Notifications.Features.Inbox;

/// <summary>
/// An inbox line as the reader's screen gets it, by the API and by push alike: <c>code</c> and <c>args</c> are worded by the
/// SPA in the reader's language; <c>linkType</c> (ticket, complaint, callback, outage, equipment, webhook) and <c>linkId</c> name the item.
/// </summary>
internal sealed record InboxItemResponse(
    Guid Id, long Sequence, InboxKind Kind, string Code, IReadOnlyDictionary<string, string> Args, string? LinkType, Guid? LinkId,
    bool Urgent, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static InboxItemResponse From(InboxItem i) =>
        new(i.Id, i.Sequence, i.Kind, i.Code, i.Args, i.LinkType, i.LinkId, i.Urgent, i.CreatedAt, i.ReadAt);
}
