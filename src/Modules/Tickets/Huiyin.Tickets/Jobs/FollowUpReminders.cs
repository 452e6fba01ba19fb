using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Jobs;

/// <summary>
/// Job <c>tickets:follow-up</c>, hourly: every open ticket whose customer has heard nothing for a day gets a
/// reminder on its timeline and a <see cref="TicketFollowUpDue"/> event — at most one a day while it stays quiet.
/// </summary>
internal sealed record FollowUpReminders : ICommand<Result>
{
    public const string JobId = "tickets:follow-up";
    public const string Schedule = "0 * * * *";
    public const int BatchSize = 500;
}

internal sealed class FollowUpRemindersHandler(TicketsDbContext db, TicketSites sites, TimeProvider clock) : IRequestHandler<FollowUpReminders, Result>
{
    private static readonly TicketActor System = new("system", null, "system");

    public async Task<Result> Handle(FollowUpReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var remindedSince = now - FollowUp.Interval;
        var quiet = await db.Tickets.AsNoTracking()
            .Where(FollowUp.IsDueAt(now))
            .Where(t => !db.Timeline.Any(e => e.TicketId == t.Id && e.Kind == TimelineKind.FollowUpDue && e.At > remindedSince))
            .OrderBy(t => t.LastContactAt ?? t.CreatedAt)
            .Take(FollowUpReminders.BatchSize)
            .ToListAsync(cancellationToken);
        var siteOf = await sites.OfEachAsync(quiet.Select(t => t.UnitId), cancellationToken);
        foreach (var ticket in quiet)
        {
            var since = FollowUp.QuietSince(ticket);
            db.Timeline.Add(TimelineEntry.Of(ticket.Id, now, TimelineKind.FollowUpDue, System, TimelineNotes.FollowUpDue(since)));
            db.Publish(new TicketFollowUpDue(ticket.Id.Value, ticket.Number, ticket.TechnicianIds, since, now)
            {
                TeamId = ticket.TeamId, SiteId = siteOf(ticket.UnitId),
            });
        }

        return Result.Success();
    }
}
