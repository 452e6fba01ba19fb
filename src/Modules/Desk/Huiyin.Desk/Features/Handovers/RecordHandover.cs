using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Desk.Contracts;
using Huiyin.Desk.Domain;
using Huiyin.Desk.Features.Shared;
using Huiyin.Desk.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Desk.Features.Handovers;

internal sealed record CountedFields(string What, int Count);

/// <summary>
/// Hands over the caller's shift of a team (the latest one of that name that has begun) to the team's next shift: notes, special
/// events, the open tickets and complaints it carries over, and the keys and things counted.
/// </summary>
internal sealed record RecordHandover(
    Guid TeamId, string Shift, string Notes, string? SpecialEvents, IReadOnlyList<Guid> CarriedOver, IReadOnlyList<CountedFields> Counted)
    : ICommand<Result<HandoverResponse>>;

internal sealed class RecordHandoverValidator : AbstractValidator<RecordHandover>
{
    public RecordHandoverValidator()
    {
        RuleFor(x => x.TeamId).NotEmpty();
        RuleFor(x => x.Shift).NotEmpty().MaximumLength(DutyShift.MaxNameLength);
        RuleFor(x => x.Notes).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.SpecialEvents).MaximumLength(4000);
        RuleFor(x => x.CarriedOver).NotNull();
        RuleForEach(x => x.CarriedOver).NotEmpty();
        RuleFor(x => x.Counted).NotNull();
        RuleForEach(x => x.Counted).NotNull().ChildRules(counted =>
        {
            counted.RuleFor(c => c.What).NotEmpty().MaximumLength(100);
            counted.RuleFor(c => c.Count).GreaterThanOrEqualTo(0);
        });
    }
}

internal sealed class RecordHandoverHandler(DeskDbContext db, DutyTable table, HandoverResponses responses, ICurrentUser user, DeskTime desk, TimeProvider clock)
    : IRequestHandler<RecordHandover, Result<HandoverResponse>>
{
    public async Task<Result<HandoverResponse>> Handle(RecordHandover request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var roster = await db.Rosters.AsNoTracking().SingleOrDefaultAsync(r => r.TeamId == request.TeamId, cancellationToken);
        if (roster?.Shift(request.Shift.Trim()) is not { } shift)
        {
            return Error.Validation("unknown_shift", "shift", "The team has no shift of this name.");
        }

        var today = desk.DayOf(now);
        var date = shift.On(today, desk).From <= now ? today : today.AddDays(-1);
        var from = new ShiftOccurrence(request.TeamId, shift.Name, date);
        if (user.Id is not { } me || !(await table.StaffOnAsync(from, cancellationToken)).Contains(me))
        {
            return Error.BusinessRule("not_on_shift", "Only someone on this shift hands it over.");
        }

        if (await table.NextAfterAsync(roster, from, cancellationToken) is not { } to)
        {
            return Error.BusinessRule("no_next_shift", "The roster has no shift after this one to hand over to.");
        }

        var carried = await CarriedAsync(request.CarriedOver, cancellationToken);
        if (carried.IsFailure)
        {
            return carried.Error!;
        }

        var handover = Handover.Record(from, to, me, now, request.Notes.Trim(), request.SpecialEvents?.Trim(), carried.Value!,
            request.Counted.Select(c => new CountedThing { What = c.What.Trim(), Count = c.Count }));
        db.Handovers.Add(handover);
        db.Publish(new ShiftHandedOver(handover.Id.Value, handover.TeamId, handover.Shift, handover.NextShift, me,
            [.. handover.CarriedOver.Select(i => i.ItemId)], now));
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(handover, cancellationToken);
    }

    /// <summary>The open tickets and complaints carried over, each found and still open, or a 400 naming the one that is not.</summary>
    private async Task<Result<IReadOnlyList<CarriedItem>>> CarriedAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var found = await responses.StatusesAsync(ids, ids, cancellationToken);
        var carried = new List<CarriedItem>();
        foreach (var (id, index) in ids.Select((id, index) => (id, index)))
        {
            if (!found.TryGetValue(id, out var item))
            {
                return Error.Validation("unknown_item", $"carriedOver[{index}]", "There is no ticket or complaint with this id.");
            }

            if (!item.Open)
            {
                return Error.Validation("item_not_open", $"carriedOver[{index}]", "Only open items are carried over.");
            }

            carried.Add(new CarriedItem { Type = item.Type, ItemId = id, Number = item.Number });
        }

        return carried.DistinctBy(i => i.ItemId).ToList();
    }
}

internal static class RecordHandoverEndpoint
{
    public static void MapRecordHandover(this IEndpointRouteBuilder handovers) =>
        handovers.MapPost("/", async (RecordHandover body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(created => TypedResults.Created($"/api/v1/handovers/{created.Id}", created)))
            .RequireAuthorization(DeskPermissions.Handover)
            .WithName("RecordHandover")
            .WithSummary("Hand one's shift over to the next")
            .WithDescription("The caller must be on `shift` of `teamId` (its latest start); the next shift of the roster accepts it. `carriedOver` are ids of open tickets or complaints. Once per shift and day (409 the second time).")
            .Produces<HandoverResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
