using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Persistence;
using MediatR;

namespace Huiyin.Sla.Features.Clocks;

/// <summary>Starts the items' clocks under the one policy their shared attributes choose; the database checks the catalogue as for one item.</summary>
internal sealed class StartClocksForManyHandler(SlaDbContext db, PolicyChooser chooser, ClockJournal journal) : IRequestHandler<StartClocksForMany, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(StartClocksForMany request, CancellationToken cancellationToken)
    {
        var (policies, choice) = await chooser.ChooseAsync(request.Attributes, cancellationToken);
        if (choice is null)
        {
            return Error.BusinessRule("no_policy", "No active SLA policy matches this item; add a catch-all rule.");
        }

        var calendar = policies.CalendarOf(choice.Policy);
        var startAt = request.StartAt.ToUniversalTime();
        foreach (var item in request.Items)
        {
            var clock = SlaClock.Start(request.ItemType, item.ItemId, request.Metric, choice, policies.Version, startAt, calendar, item.DueAt);
            db.Clocks.Add(clock);
            journal.Record(clock, new ClockChange(ClockEventKind.Started, startAt), choice.Explanation);
        }

        return choice.Policy.Id;
    }
}
