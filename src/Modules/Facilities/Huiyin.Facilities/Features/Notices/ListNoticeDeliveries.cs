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

/// <summary>A notice's deliveries, one per unit in the order of the units' names, a page at a time.</summary>
internal sealed record ListNoticeDeliveries(Guid NoticeId, string? Cursor, int? Limit) : IQuery<Result<Page<DeliveryResponse>>>;

internal sealed class ListNoticeDeliveriesValidator : AbstractValidator<ListNoticeDeliveries>
{
    public ListNoticeDeliveriesValidator()
    {
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).MustBeACursorOf(keys: 1);
    }
}

internal sealed class ListNoticeDeliveriesHandler(FacilitiesDbContext db) : IRequestHandler<ListNoticeDeliveries, Result<Page<DeliveryResponse>>>
{
    public async Task<Result<Page<DeliveryResponse>>> Handle(ListNoticeDeliveries request, CancellationToken cancellationToken)
    {
        var id = new NoticeId(request.NoticeId);
        if (!await db.Notices.AnyAsync(n => n.Id == id, cancellationToken))
        {
            return Error.NotFound("Notice", request.NoticeId);
        }

        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var query = db.NoticeDeliveries.AsNoTracking().Where(d => d.NoticeId == id)
            .Join(db.Units.IgnoreAutoIncludes(), d => d.UnitId, u => u.Id, (d, u) => new { Delivery = d, u.Label });
        if (request.Cursor is not null && Cursor.Decode(request.Cursor, 1) is [var after])
        {
            query = query.Where(row => string.Compare(row.Label, after) > 0);
        }

        var fetched = await query.OrderBy(row => row.Label).Take(limit + 1).ToListAsync(cancellationToken);
        var page = Page<DeliveryResponse>.From(fetched.Select(row => DeliveryResponse.From(row.Delivery, row.Label)).ToList(), limit, d => Cursor.Encode(d.Unit));
        return page;
    }
}

internal static class ListNoticeDeliveriesEndpoint
{
    public static void MapListNoticeDeliveries(this IEndpointRouteBuilder notices) =>
        notices.MapGet("/{id:guid}/deliveries", async (Guid id, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListNoticeDeliveries(id, cursor, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("ListNoticeDeliveries")
            .WithSummary("A notice's delivery to each unit it reached, with its acknowledgement")
            .WithDescription("One per unit in scope, in the order of the units' names (a unit's name is unique: site, building, entrance and number). Pages with `cursor` and `limit` (1–200, default 50).")
            .Produces<Page<DeliveryResponse>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
