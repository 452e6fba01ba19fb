using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Facilities.Domain.Outages;

namespace Huiyin.Facilities.Domain.Notices;

internal readonly record struct NoticeId(Guid Value)
{
    public static NoticeId New() => new(Guid.CreateVersion7());
}

/// <summary>公示, 通知, 整改通知单, 交费通知单, and the notices an outage sends by itself.</summary>
internal enum NoticeKind
{
    Announcement,
    Notice,
    Rectification,
    FeeNotice,
    Outage,
}

internal enum NoticeChannel
{
    Posting,
    Sms,
    Letter,
}

/// <summary>The text message a notice sends: its template and the values filled in, fixed when the notice is sent.</summary>
internal sealed record NoticeText(string TemplateKey, Dictionary<string, string> Values);

/// <summary>
/// A numbered notice to the units of a site, some buildings or some units, fixed when it is sent: one
/// <see cref="NoticeDelivery"/> per unit records its acknowledgement, one <see cref="NoticeRecipient"/> per customer its text message.
/// </summary>
internal sealed class Notice : IAuditable, IVersioned
{
    private Notice()
    {
    }

    public NoticeId Id { get; private set; }

    /// <summary>The order notices were sent in, for paging.</summary>
    public long Sequence { get; private set; }

    public string Number { get; private set; } = "";

    public NoticeKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public List<Guid> SiteIds { get; private set; } = [];

    public List<Guid> BuildingIds { get; private set; } = [];

    public List<string> ScopeLabels { get; private set; } = [];

    public List<NoticeChannel> Channels { get; private set; } = [];

    public NoticeText? Text { get; private set; }

    public int UnitCount { get; private set; }

    /// <summary>The outage that sent it, for a notice of kind <see cref="NoticeKind.Outage"/>.</summary>
    public OutageId? OutageId { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public Guid? SentById { get; private set; }

    public Guid? SentByTeamId { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public uint Version { get; private set; }

    public (string Type, Guid Id) RelatedItem => OutageId is { } outage ? ("Outage", outage.Value) : ("Notice", Id.Value);

    public static Notice Send(NoticeDraft draft, string number, UnitScope scope, DateTimeOffset sentAt, Guid? sentById, Guid? sentByTeamId) => new()
    {
        Id = NoticeId.New(),
        Number = number,
        Kind = draft.Kind,
        Title = draft.Title,
        Body = draft.Body,
        SiteIds = [.. scope.SiteIds],
        BuildingIds = [.. scope.BuildingIds],
        ScopeLabels = [.. scope.Labels],
        Channels = [.. draft.Channels.Distinct().Order()],
        Text = draft.Channels.Contains(NoticeChannel.Sms) ? draft.Text : null,
        UnitCount = scope.UnitIds.Count,
        OutageId = draft.OutageId,
        SentAt = sentAt,
        SentById = sentById,
        SentByTeamId = sentByTeamId,
    };
}

/// <summary>What a notice says and how it goes out, before it has a number and a scope.</summary>
internal sealed record NoticeDraft(NoticeKind Kind, string Title, string Body, IReadOnlyList<NoticeChannel> Channels, NoticeText Text, OutageId? OutageId = null);
