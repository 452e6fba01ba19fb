using Huiyin.BuildingBlocks.Security;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Persistence;
using Huiyin.Organization.Contracts;
using MediatR;

namespace Huiyin.Facilities.Features.Shared;

/// <summary>
/// Sends a notice, whoever asks (a Supervisor's announcement, an outage telling its units): numbers it, records one delivery
/// per unit in scope and publishes <see cref="NoticeSent"/>, whose handler texts the customers when SMS is a channel. The
/// caller saves, so the notice commits with whatever sent it.
/// </summary>
internal sealed class NoticeDesk(FacilitiesDbContext db, NoticeNumbers numbers, ICurrentUser user, IMediator mediator, TimeProvider clock)
{
    public async Task<Notice> SendAsync(NoticeDraft draft, UnitScope scope, CancellationToken cancellationToken)
    {
        var sender = user.IsApiClient ? null : user.Id;
        var team = sender is { } staff ? (await mediator.Send(new GetStaffCards(StaffIds: [staff]), cancellationToken)).SingleOrDefault()?.TeamId : null;
        var now = clock.GetUtcNow();
        var notice = Notice.Send(draft, await numbers.NextAsync(cancellationToken), scope, now, sender, team);
        db.Notices.Add(notice);
        db.NoticeDeliveries.AddRange(scope.UnitIds.Select(unit => NoticeDelivery.To(notice.Id, unit)));
        db.Publish(new NoticeSent(notice.Id.Value, notice.Number, notice.Kind.ToString(), notice.Title, notice.SiteIds, notice.BuildingIds, notice.ScopeLabels,
            notice.Channels.Select(c => c.ToString()).ToList(), notice.UnitCount, notice.OutageId?.Value, sender, team, user.Actor, now));
        return notice;
    }
}
