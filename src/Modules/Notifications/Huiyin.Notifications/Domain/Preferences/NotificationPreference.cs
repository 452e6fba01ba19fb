using Huiyin.Notifications.Domain.Inbox;

namespace Huiyin.Notifications.Domain.Preferences;

/// <summary>How one kind of news reaches a person: in the app (inbox line and push), by e-mail, by text message.</summary>
internal sealed record ChannelChoice(bool InApp, bool Email, bool Sms)
{
    /// <summary>In the app always; by e-mail only a disabled webhook (the Admins act on it); by text escalations and emergency pages, which are urgent.</summary>
    public static ChannelChoice DefaultFor(InboxKind kind) =>
        new(InApp: true, Email: kind == InboxKind.Webhook, Sms: kind is InboxKind.Escalation or InboxKind.Emergency);
}

/// <summary>A person's own choice for one kind of news; kinds without a row follow <see cref="ChannelChoice.DefaultFor"/>.</summary>
internal sealed class NotificationPreference
{
    private NotificationPreference()
    {
    }

    public Guid StaffId { get; private set; }

    public InboxKind Kind { get; private set; }

    public bool InApp { get; private set; }

    public bool Email { get; private set; }

    public bool Sms { get; private set; }

    public ChannelChoice Choice => new(InApp, Email, Sms);

    public static NotificationPreference Of(Guid staffId, InboxKind kind, ChannelChoice choice) => new()
    {
        StaffId = staffId,
        Kind = kind,
        InApp = choice.InApp,
        Email = choice.Email,
        Sms = choice.Sms,
    };
}
