using Huiyin.Notifications.Domain.Inbox;
using Huiyin.Notifications.Domain.Preferences;

namespace Huiyin.Notifications.Features.Preferences;

/// <summary>How each kind of news reaches the caller: <c>inApp</c> (inbox line and push), <c>email</c>, <c>sms</c>.</summary>
internal sealed record PreferencesResponse(IReadOnlyList<KindPreference> Kinds)
{
    public static PreferencesResponse From(IReadOnlyDictionary<InboxKind, ChannelChoice> choices) =>
        new(choices.OrderBy(c => c.Key).Select(c => new KindPreference(c.Key, c.Value.InApp, c.Value.Email, c.Value.Sms)).ToList());
}

internal sealed record KindPreference(InboxKind Kind, bool InApp, bool Email, bool Sms);
