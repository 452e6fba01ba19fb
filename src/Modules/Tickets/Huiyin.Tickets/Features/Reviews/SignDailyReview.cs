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
/// A Supervisor signs off a day's records (每天下班前检查…签字确认) for their team (the whole desk when they have
/// none): who, when, the day's counts as they are now, and what was found. Once a team and day; a later day is
/// not yet signable, an earlier one is signed late.
/// </summary>
internal sealed record SignDailyReview(DateOnly? Day, string Findings) : ICommand<Result<DailyReviewResponse>>;

internal sealed record DailyReviewResponse(
    Guid Id, DateOnly Day, Guid? TeamId, Guid SignerId, string SignerName, DateTimeOffset SignedAt, bool Late, ReviewCounts Counts, string Findings)
{
    public static DailyReviewResponse From(DailyReview r) => new(r.Id, r.Day, r.TeamId, r.SignerId, r.SignerName, r.SignedAt, r.Late, r.Counts, r.Findings);
}

internal sealed class SignDailyReviewValidator : AbstractValidator<SignDailyReview>
{
    public SignDailyReviewValidator()
    {
        RuleFor(x => x.Day).NotNull().WithMessage("Name the day signed off (2026-11-23).");
        RuleFor(x => x.Findings).IsText(4000);
    }
}

internal sealed class SignDailyReviewHandler(TicketsDbContext db, ReviewTally tally, CallerTeam callerTeam, DeskTime desk, TicketJournal journal)
    : IRequestHandler<SignDailyReview, Result<DailyReviewResponse>>
{
    public async Task<Result<DailyReviewResponse>> Handle(SignDailyReview request, CancellationToken cancellationToken)
    {
        var day = request.Day!.Value;
        var today = desk.DayOf(journal.Now);
        if (day > today)
        {
            return Error.Validation("day_not_begun", "day", $"{day:yyyy-MM-dd} has not begun yet; today is {today:yyyy-MM-dd}.",
                new Dictionary<string, object?> { ["day"] = day, ["today"] = today });
        }

        var team = await callerTeam.GetAsync(cancellationToken);
        if (await db.DailyReviews.AnyAsync(r => r.TeamId == team && r.Day == day, cancellationToken))
        {
            return Error.Conflict("daily_review_exists", $"{day:yyyy-MM-dd} is already signed off.").With("day", day);
        }

        var counts = await tally.TotalAsync(day, day, team, cancellationToken);
        var review = DailyReview.Sign(day, team, journal.Actor, journal.Now, day < today, counts, request.Findings.Trim());
        db.DailyReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return DailyReviewResponse.From(review);
    }
}

internal static class SignDailyReviewEndpoint
{
    public static void MapSignDailyReview(this IEndpointRouteBuilder reviews) =>
        reviews.MapPost("/daily", async (SignDailyReview body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(signed => TypedResults.Created($"/api/v1/tickets/reviews/daily?from={signed.Day:yyyy-MM-dd}&to={signed.Day:yyyy-MM-dd}", signed)))
            .RequireAuthorization(TicketsPermissions.ReviewDaily)
            .WithName("SignDailyReview")
            .WithSummary("Sign off a day's records (每天下班前检查…签字确认) with the findings")
            .WithDescription("Records the signer, the time and the day's counts (created, resolved, still open, breached) for the signer's team. 409 when the day is already signed off.")
            .Produces<DailyReviewResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
