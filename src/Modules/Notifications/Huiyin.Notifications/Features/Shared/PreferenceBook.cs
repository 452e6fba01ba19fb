using Huiyin.Notifications.Domain.Inbox;
using Huiyin.Notifications.Domain.Preferences;
using Huiyin.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features.Shared;

/// <summary>Reads people's channel choices, falling back to the defaults where a person chose nothing.</summary>
internal static class PreferenceBook
{
    public static async Task<IReadOnlyDictionary<Guid, ChannelChoice>> ChoicesAsync(
        NotificationsDbContext db, IReadOnlyCollection<Guid> people, InboxKind kind, CancellationToken cancellationToken)
    {
        var chosen = await db.Preferences.AsNoTracking().Where(p => p.Kind == kind && people.Contains(p.StaffId))
            .ToDictionaryAsync(p => p.StaffId, p => p.Choice, cancellationToken);
        return people.Distinct().ToDictionary(person => person, person => chosen.GetValueOrDefault(person) ?? ChannelChoice.DefaultFor(kind));
    }

    public static async Task<IReadOnlyDictionary<InboxKind, ChannelChoice>> OfAsync(NotificationsDbContext db, Guid person, CancellationToken cancellationToken)
    {
        var chosen = await db.Preferences.AsNoTracking().Where(p => p.StaffId == person).ToDictionaryAsync(p => p.Kind, p => p.Choice, cancellationToken);
        return Enum.GetValues<InboxKind>().ToDictionary(kind => kind, kind => chosen.GetValueOrDefault(kind) ?? ChannelChoice.DefaultFor(kind));
    }
}
