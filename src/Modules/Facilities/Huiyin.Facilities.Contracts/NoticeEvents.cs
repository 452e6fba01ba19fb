using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Facilities.Contracts;

/// <summary>
/// A numbered notice (Announcement, Notice, Rectification, FeeNotice, or an Outage's own) went out to <paramref name="UnitCount"/>
/// units of the sites and buildings named, by the channels named (Posting, Sms, Letter); <paramref name="SentById"/> and
/// <paramref name="TeamId"/> are the sender and their team, null when an API client or the system sent it.
/// </summary>
public sealed record NoticeSent(
    Guid NoticeId,
    string Number,
    string Kind,
    string Title,
    IReadOnlyList<Guid> SiteIds,
    IReadOnlyList<Guid> BuildingIds,
    IReadOnlyList<string> Scope,
    IReadOnlyList<string> Channels,
    int UnitCount,
    Guid? OutageId,
    Guid? SentById,
    Guid? TeamId,
    string Actor,
    DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);
