using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.Reviews;

/// <summary>
/// The monthly reviews over a period of ended months (the last twelve by default), newest first: every month
/// since the desk took its first ticket is expected, and one without a review is due until the 5th of the next
/// month and overdue after.
/// </summary>
internal sealed record ListMonthlyReviews(string? From, string? To) : IQuery<Result<MonthlyReviewSheet>>;

internal sealed record MonthlyReviewSheet(string From, string To, IReadOnlyList<ReviewMonth> Months, IReadOnlyList<string> OverdueMonths);

internal enum ReviewMonthStatus
{
    Reviewed,
    ReviewedLate,
    Due,
    Overdue,
}

internal sealed record ReviewMonth(string Month, DateOnly DueBy, ReviewMonthStatus Status, MonthlyReviewResponse? Review);

internal sealed class ListMonthlyReviewsValidator : AbstractValidator<ListMonthlyReviews>
{
    public ListMonthlyReviewsValidator()
    {
        RuleFor(x => x.From).Must(month => ReviewMonths.Parse(month) is not null).When(x => x.From is not null).WithMessage("from is a month: 2026-01.").WithErrorCode("month_format");
        RuleFor(x => x.To).Must(month => ReviewMonths.Parse(month) is not null).When(x => x.To is not null).WithMessage("to is a month: 2026-10.").WithErrorCode("month_format");
    }
}

internal sealed class ListMonthlyReviewsHandler(TicketsDbContext db, DeskTime desk, TimeProvider clock) : IRequestHandler<ListMonthlyReviews, Result<MonthlyReviewSheet>>
{
    private const int MaxMonths = 36;

    public async Task<Result<MonthlyReviewSheet>> Handle(ListMonthlyReviews request, CancellationToken cancellationToken)
    {
        var today = desk.DayOf(clock.GetUtcNow());
        var lastEnded = ReviewMonths.Of(today).AddMonths(-1);
        var to = ReviewMonths.Parse(request.To) is { } asked && asked < lastEnded ? asked : lastEnded;
        var from = ReviewMonths.Parse(request.From) ?? to.AddMonths(-11);
        if (from > to || from.AddMonths(MaxMonths) <= to)
        {
            return from > to
                ? Error.Validation("range_reversed", "from", "from must be an ended month not after to.")
                : Error.Validation("too_many_months", "from", $"At most {MaxMonths} months at once.", new Dictionary<string, object?> { ["max"] = MaxMonths });
        }

        var firstTicketAt = await db.Tickets.MinAsync(t => (DateTimeOffset?)t.CreatedAt, cancellationToken);
        var firstExpected = firstTicketAt is { } first ? ReviewMonths.Of(desk.DayOf(first)) : DateOnly.MaxValue;
        var reviews = await db.MonthlyReviews.AsNoTracking().Where(r => r.Month >= from && r.Month <= to).ToDictionaryAsync(r => r.Month, cancellationToken);
        var months = new List<ReviewMonth>();
        for (var month = to; month >= from; month = month.AddMonths(-1))
        {
            var dueBy = MonthlyReview.DueByFor(month);
            if (reviews.TryGetValue(month, out var review))
            {
                months.Add(new ReviewMonth(ReviewMonths.Name(month), dueBy, review.Late ? ReviewMonthStatus.ReviewedLate : ReviewMonthStatus.Reviewed, MonthlyReviewResponse.From(review)));
            }
            else if (month >= firstExpected)
            {
                months.Add(new ReviewMonth(ReviewMonths.Name(month), dueBy, today > dueBy ? ReviewMonthStatus.Overdue : ReviewMonthStatus.Due, null));
            }
        }

        return new MonthlyReviewSheet(ReviewMonths.Name(from), ReviewMonths.Name(to), months,
            months.Where(m => m.Status == ReviewMonthStatus.Overdue).Select(m => m.Month).ToList());
    }
}

internal static class ListMonthlyReviewsEndpoint
{
    public static void MapListMonthlyReviews(this IEndpointRouteBuilder reviews) =>
        reviews.MapGet("/monthly", async (string? from, string? to, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListMonthlyReviews(from, to), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(TicketsPermissions.ReviewMonthly)
            .WithName("ListMonthlyReviews")
            .WithSummary("Monthly reviews and the months still due or overdue (due by the 5th of the next month)")
            .WithDescription("`from` and `to` are months (2026-10); ended months only, the last twelve by default, at most 36 at once.")
            .Produces<MonthlyReviewSheet>()
            .ProducesValidationProblem();
}
