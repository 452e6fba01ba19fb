using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Clocks;

/// <summary>Running clocks of an item whose attributes changed restart under the policy now matching; the others are left as they are.</summary>
internal sealed class RestartClocksUnderPolicyHandler(SlaDbContext db, PolicyChooser chooser, ClockJournal journal, TimeProvider clock)
    : IRequestHandler<RestartClocksUnderPolicy, Result<IReadOnlyList<ClockView>>>
{
    public async Task<Result<IReadOnlyList<ClockView>>> Handle(RestartClocksUnderPolicy request, CancellationToken cancellationToken)
    {
        var running = (await db.Clocks
                .Where(c => c.ItemType == request.ItemType && c.ItemId == request.ItemId && c.Status == ClockStatus.Running)
                .ToListAsync(cancellationToken))
            .Where(c => request.Metrics?.Contains(c.Metric) != false)
            .ToList();
        if (running.Count == 0)
        {
            return Array.Empty<ClockView>();
        }

        var (policies, choice) = await chooser.ChooseAsync(request.Attributes, cancellationToken);
        if (choice is null)
        {
            return Error.BusinessRule("no_policy", "No active SLA policy matches this item; add a catch-all rule.");
        }

        var calendar = policies.CalendarOf(choice.Policy);
        var now = clock.GetUtcNow();
        foreach (var slaClock in running)
        {
            journal.Record(slaClock, slaClock.RestartUnder(choice, policies.Version, now, calendar).Value, $"{request.Cause} — {choice.Explanation}");
            // Sent even when unchanged, so that the database checks the version the choice was made under.
            db.Entry(slaClock).Property(c => c.CatalogueVersion).IsModified = true;
        }

        return running.Select(GetItemClocksHandler.ToView).ToList();
    }
}
