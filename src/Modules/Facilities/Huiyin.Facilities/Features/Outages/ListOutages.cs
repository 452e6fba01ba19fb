using System.Globalization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain.Outages;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Outages;

/// <summary>Outages, the latest recorded first, in force or over (<c>active</c>), a page at a time.</summary>
internal sealed record ListOutages(bool? Active, string? Cursor, int? Limit) : IQuery<Result<Page<OutageResponse>>>;

internal sealed class ListOutagesValidator : AbstractValidator<ListOutages>
{
    public ListOutagesValidator()
    {
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).MustBeACursorOf(keys: 1);
    }
}

internal sealed class ListOutagesHandler(FacilitiesDbContext db) : IRequestHandler<ListOutages, Result<Page<OutageResponse>>>
{
    public async Task<Result<Page<OutageResponse>>> Handle(ListOutages request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var query = db.Outages.AsNoTracking();
        if (request.Active is { } active)
        {
            query = active ? query.Where(o => o.RestoredAt == null) : query.Where(o => o.RestoredAt != null);
        }

        if (request.Cursor is not null && Cursor.Decode(request.Cursor, 1) is [var key] && long.TryParse(key, CultureInfo.InvariantCulture, out var after))
        {
            query = query.Where(o => o.Sequence < after);
        }

        var fetched = await query.OrderByDescending(o => o.Sequence).Take(limit + 1).ToListAsync(cancellationToken);
        var page = Page<Outage>.From(fetched, limit, o => Cursor.Encode(o.Sequence.ToString(CultureInfo.InvariantCulture)));
        return new Page<OutageResponse>(page.Items.Select(OutageResponse.From).ToList(), page.NextCursor);
    }
}

internal static class ListOutagesEndpoint
{
    public static void MapListOutages(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/outages", async (bool? active, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListOutages(active, cursor, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("ListOutages")
            .WithSummary("List outages, the latest first")
            .WithDescription("`active=true` keeps those in force, `active=false` those restored. Pages with `cursor` and `limit` (1–200, default 50).")
            .Produces<Page<OutageResponse>>()
            .ProducesValidationProblem();
}
