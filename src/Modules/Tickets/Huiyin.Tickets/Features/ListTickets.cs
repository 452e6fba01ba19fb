using System.Globalization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features;

/// <summary>
/// Tickets, newest first, filtered, a page at a time. With <c>updatedSince</c> the order is by last change,
/// oldest first, so that an integrator can sync by following the cursor.
/// </summary>
internal sealed record ListTickets(TicketFilter Filter, DateTimeOffset? UpdatedSince, string? Cursor, int? Limit) : IQuery<Result<Page<TicketResponse>>>;

internal sealed class ListTicketsValidator : AbstractValidator<ListTickets>
{
    public ListTicketsValidator()
    {
        this.MustBeATicketFilter(x => x.Filter);
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).Must(c => c is null || Position.Decode(c) is not null).WithMessage("cursor is not one this list returned.").WithErrorCode("invalid_cursor");
    }
}

internal sealed class ListTicketsHandler(TicketsDbContext db, TimeProvider clock) : IRequestHandler<ListTickets, Result<Page<TicketResponse>>>
{
    public async Task<Result<Page<TicketResponse>>> Handle(ListTickets request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var query = request.Filter.Apply(db.Tickets.AsNoTracking(), now);
        var after = request.Cursor is null ? null : Position.Decode(request.Cursor);
        List<Ticket> fetched;
        if (request.UpdatedSince is { } since)
        {
            query = query.Where(t => t.UpdatedAt >= since.ToUniversalTime());
            if (after is { } a)
            {
                query = query.Where(t => t.UpdatedAt > a.At || (t.UpdatedAt == a.At && string.Compare(t.Number, a.Number) > 0));
            }

            fetched = await query.OrderBy(t => t.UpdatedAt).ThenBy(t => t.Number).Take(limit + 1).ToListAsync(cancellationToken);
            return Paged(fetched, limit, now, t => t.UpdatedAt);
        }

        if (after is { } b)
        {
            query = query.Where(t => t.CreatedAt < b.At || (t.CreatedAt == b.At && string.Compare(t.Number, b.Number) < 0));
        }

        fetched = await query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Number).Take(limit + 1).ToListAsync(cancellationToken);
        return Paged(fetched, limit, now, t => t.CreatedAt);
    }

    private static Page<TicketResponse> Paged(List<Ticket> fetched, int limit, DateTimeOffset now, Func<Ticket, DateTimeOffset> sortKey)
    {
        var page = Page<Ticket>.From(fetched, limit, t => Position.Encode(sortKey(t), t.Number));
        return new Page<TicketResponse>(page.Items.Select(t => TicketResponse.From(t, now)).ToList(), page.NextCursor);
    }
}

/// <summary>A cursor: the sort time (to the microsecond PostgreSQL keeps) and the unique number of the last ticket returned.</summary>
internal sealed record Position(DateTimeOffset At, string Number)
{
    public static string Encode(DateTimeOffset at, string number) =>
        Cursor.Encode(at.UtcTicks.ToString(CultureInfo.InvariantCulture), number);

    public static Position? Decode(string cursor) =>
        Cursor.Decode(cursor, 2) is [var ticks, var number]
        && long.TryParse(ticks, CultureInfo.InvariantCulture, out var utcTicks) && utcTicks >= 0 && utcTicks <= DateTimeOffset.MaxValue.UtcTicks
            ? new Position(new DateTimeOffset(utcTicks, TimeSpan.Zero), number)
            : null;
}

internal static class ListTicketsEndpoint
{
    public static void MapListTickets(this IEndpointRouteBuilder tickets) =>
        tickets.MapGet("/", async ([AsParameters] TicketFilter filter, DateTimeOffset? updatedSince, string? cursor, int? limit,
                    IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListTickets(filter, updatedSince, cursor, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(TicketsPermissions.Read)
            .TakesEnum<TicketStatus>("status", commaSeparated: true)
            .TakesEnum<TicketPriority>("priority", commaSeparated: true)
            .TakesEnum<TicketKind>("kind")
            .TakesEnum<TicketCategory>("category")
            .WithName("ListTickets")
            .WithSummary("List and filter tickets")
            .WithDescription("Filters: `status` and `priority` (comma-separated), `kind`, `category`, `assigneeId`, `unassigned`, `customerId`, `breached`, `followUpDue`, `search` (number, customer name prefix or phone), `updatedSince` (then ordered by last change, oldest first). Newest first otherwise; pages with `cursor` and `limit` (1–200, default 50).")
            .Produces<Page<TicketResponse>>()
            .ProducesValidationProblem();
}
