using System.Globalization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Notices;

/// <summary>Notices, the latest sent first, of one kind, to one site, or whose number or title holds <c>q</c>, a page at a time.</summary>
internal sealed record ListNotices(NoticeKind? Kind, Guid? SiteId, string? Q, string? Cursor, int? Limit) : IQuery<Result<Page<NoticeResponse>>>;

internal sealed class ListNoticesValidator : AbstractValidator<ListNotices>
{
    public ListNoticesValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Q).MaximumLength(100);
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).MustBeACursorOf(keys: 1);
    }
}

internal sealed class ListNoticesHandler(FacilitiesDbContext db) : IRequestHandler<ListNotices, Result<Page<NoticeResponse>>>
{
    public async Task<Result<Page<NoticeResponse>>> Handle(ListNotices request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var query = db.Notices.AsNoTracking();
        if (request.Kind is { } kind)
        {
            query = query.Where(n => n.Kind == kind);
        }

        if (request.SiteId is { } site)
        {
            query = query.Where(n => n.SiteIds.Contains(site));
        }

        if (request.Q?.Trim() is { Length: > 0 } q)
        {
            var pattern = $"%{q.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(n => EF.Functions.ILike(n.Number, pattern) || EF.Functions.ILike(n.Title, pattern));
        }

        if (request.Cursor is not null && Cursor.Decode(request.Cursor, 1) is [var key] && long.TryParse(key, CultureInfo.InvariantCulture, out var after))
        {
            query = query.Where(n => n.Sequence < after);
        }

        var fetched = await query.OrderByDescending(n => n.Sequence).Take(limit + 1).ToListAsync(cancellationToken);
        var page = Page<Notice>.From(fetched, limit, n => Cursor.Encode(n.Sequence.ToString(CultureInfo.InvariantCulture)));
        return new Page<NoticeResponse>(await NoticeResponse.ForAsync(db, page.Items, cancellationToken), page.NextCursor);
    }
}

internal static class ListNoticesEndpoint
{
    public static void MapListNotices(this IEndpointRouteBuilder notices) =>
        notices.MapGet("", async (NoticeKind? kind, Guid? siteId, string? q, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListNotices(kind, siteId, q, cursor, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("ListNotices")
            .WithSummary("List notices, the latest sent first")
            .WithDescription("Filters: `kind`, `siteId` (notices that reached any unit of the site), `q` (part of the number or the title). Outages' own notices are of kind `Outage`. Pages with `cursor` and `limit` (1–200, default 50).")
            .Produces<Page<NoticeResponse>>()
            .ProducesValidationProblem();
}
