using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.Reviews;

/// <summary>
/// A team's daily sheet over a period (the caller's team unless <c>teamId</c> is given; the last two weeks by
/// default): each day with tickets or a sign-off, newest first; a day with tickets created and no sign-off is
/// unsigned and shows its counts as they are now.
/// </summary>
internal sealed record ListDailyReviews(DateOnly? From, DateOnly? To, Guid? TeamId) : IQuery<Result<DailyReviewSheet>>;

internal sealed record DailyReviewSheet(DateOnly From, DateOnly To, Guid? TeamId, IReadOnlyList<ReviewDay> Days, IReadOnlyList<DateOnly> UnsignedDays);

internal enum ReviewDayStatus
{
    Signed,
    Unsigned,
}

/// <summary>The counts are the sign-off's when signed.</summary>
internal sealed record ReviewDay(DateOnly Day, ReviewDayStatus Status, ReviewCounts Counts, DailyReviewResponse? Review);

internal sealed class ListDailyReviewsHandler(TicketsDbContext db, ReviewTally tally, CallerTeam callerTeam, DeskTime desk, TimeProvider clock)
    : IRequestHandler<ListDailyReviews, Result<DailyReviewSheet>>
{
    public const int MaxDays = 92;
    private const int DefaultDays = 14;

    public async Task<Result<DailyReviewSheet>> Handle(ListDailyReviews request, CancellationToken cancellationToken)
    {
        var to = request.To ?? desk.DayOf(clock.GetUtcNow());
        var from = request.From ?? to.AddDays(1 - DefaultDays);
        if (from > to || to.DayNumber - from.DayNumber >= MaxDays)
        {
            return from > to
                ? Error.Validation("range_reversed", "to", "to must not be before from.")
                : Error.Validation("too_many_days", "from", $"At most {MaxDays} days at once.", new Dictionary<string, object?> { ["max"] = MaxDays });
        }

        var team = request.TeamId ?? await callerTeam.GetAsync(cancellationToken);
        var signed = await db.DailyReviews.AsNoTracking()
            .Where(r => r.TeamId == team && r.Day >= from && r.Day <= to)
            .ToDictionaryAsync(r => r.Day, cancellationToken);
        var counted = await tally.ByDayAsync(from, to, team, cancellationToken);
        var days = counted.Where(day => day.Value.Created > 0).Select(day => day.Key).Union(signed.Keys)
            .OrderDescending()
            .Select(day => signed.TryGetValue(day, out var review)
                ? new ReviewDay(day, ReviewDayStatus.Signed, review.Counts, DailyReviewResponse.From(review))
                : new ReviewDay(day, ReviewDayStatus.Unsigned, counted[day], null))
            .ToList();
        return new DailyReviewSheet(from, to, team, days, days.Where(d => d.Review is null).Select(d => d.Day).ToList());
    }
}

internal static class ListDailyReviewsEndpoint
{
    public static void MapListDailyReviews(this IEndpointRouteBuilder reviews) =>
        reviews.MapGet("/daily", async (DateOnly? from, DateOnly? to, Guid? teamId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListDailyReviews(from, to, teamId), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(TicketsPermissions.ReviewDaily)
            .WithName("ListDailyReviews")
            .WithSummary("Signed and unsigned days of a team's daily sign-off (a day with tickets created and no sign-off is unsigned)")
            .WithDescription("`from` and `to` are desk days (2026-11-23), the last 14 days by default, at most 92 at once. `teamId` defaults to the caller's team (none: the whole desk).")
            .Produces<DailyReviewSheet>()
            .ProducesValidationProblem();
}
