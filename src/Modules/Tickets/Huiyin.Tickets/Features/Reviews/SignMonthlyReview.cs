using FluentValidation;
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
/// A Manager reviews a month's records once it has ended, due by the 5th of the next month in the desk's time
/// zone (每月5日前检查上月): who, when, the month's counts, the findings, and whether it came late. Once a month.
/// </summary>
internal sealed record SignMonthlyReview(string Month, string Findings) : ICommand<Result<MonthlyReviewResponse>>;

internal sealed record MonthlyReviewResponse(
    Guid Id, string Month, Guid ReviewerId, string ReviewerName, DateTimeOffset ReviewedAt, DateOnly DueBy, bool Late, ReviewCounts Counts, string Findings)
{
    public static MonthlyReviewResponse From(MonthlyReview r) =>
        new(r.Id, ReviewMonths.Name(r.Month), r.ReviewerId, r.ReviewerName, r.ReviewedAt, r.DueBy, r.Late, r.Counts, r.Findings);
}

internal sealed class SignMonthlyReviewValidator : AbstractValidator<SignMonthlyReview>
{
    public SignMonthlyReviewValidator()
    {
        RuleFor(x => x.Month).Must(month => ReviewMonths.Parse(month) is not null).WithMessage("Name the month reviewed as 2026-10.").WithErrorCode("month_format");
        RuleFor(x => x.Findings).IsText(4000);
    }
}

internal sealed class SignMonthlyReviewHandler(TicketsDbContext db, ReviewTally tally, DeskTime desk, TicketJournal journal)
    : IRequestHandler<SignMonthlyReview, Result<MonthlyReviewResponse>>
{
    public async Task<Result<MonthlyReviewResponse>> Handle(SignMonthlyReview request, CancellationToken cancellationToken)
    {
        var month = ReviewMonths.Parse(request.Month)!.Value;
        var today = desk.DayOf(journal.Now);
        if (month >= ReviewMonths.Of(today))
        {
            return Error.Validation("month_not_ended", "month", $"{request.Month} has not ended yet; review it from the 1st of the next month.",
                new Dictionary<string, object?> { ["month"] = request.Month });
        }

        if (await db.MonthlyReviews.AnyAsync(r => r.Month == month, cancellationToken))
        {
            return Error.Conflict("monthly_review_exists", $"{request.Month} has already been reviewed.").With("month", request.Month);
        }

        var counts = await tally.TotalAsync(month, month.AddMonths(1).AddDays(-1), teamId: null, cancellationToken);
        var review = MonthlyReview.Record(month, journal.Actor, journal.Now, today, counts, request.Findings.Trim());
        db.MonthlyReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return MonthlyReviewResponse.From(review);
    }
}

internal static class SignMonthlyReviewEndpoint
{
    public static void MapSignMonthlyReview(this IEndpointRouteBuilder reviews) =>
        reviews.MapPost("/monthly", async (SignMonthlyReview body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(reviewed => TypedResults.Created($"/api/v1/tickets/reviews/monthly?from={reviewed.Month}&to={reviewed.Month}", reviewed)))
            .RequireAuthorization(TicketsPermissions.ReviewMonthly)
            .WithName("SignMonthlyReview")
            .WithSummary("Record the review of a month that has ended (每月5日前检查上月), with the findings")
            .WithDescription("Due by the 5th of the next month in the desk's time zone; a later review is recorded as late. 409 when the month is already reviewed.")
            .Produces<MonthlyReviewResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
