using Huiyin.Sla.Contracts;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Calendars;

internal sealed record ListCalendars : IQuery<Result<ItemsResponse<CalendarResponse>>>;

internal sealed class ListCalendarsHandler(SlaDbContext db) : IRequestHandler<ListCalendars, Result<ItemsResponse<CalendarResponse>>>
{
    public async Task<Result<ItemsResponse<CalendarResponse>>> Handle(ListCalendars request, CancellationToken cancellationToken)
    {
        var calendars = await db.Calendars.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return new ItemsResponse<CalendarResponse>(calendars.Select(CalendarResponse.From).ToList());
    }
}

internal static class ListCalendarsEndpoint
{
    public static void MapListCalendars(this IEndpointRouteBuilder calendars) =>
        calendars.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListCalendars(), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(SlaPermissions.Read)
            .WithName("ListSlaCalendars")
            .WithSummary("Business calendars (policies without one run 24×7)")
            .Produces<ItemsResponse<CalendarResponse>>();
}
