using Huiyin.Sla.Contracts;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Calendars;

internal sealed record GetCalendar(Guid Id) : IQuery<Result<Versioned<CalendarResponse>>>;

internal sealed class GetCalendarHandler(SlaDbContext db) : IRequestHandler<GetCalendar, Result<Versioned<CalendarResponse>>>
{
    public async Task<Result<Versioned<CalendarResponse>>> Handle(GetCalendar request, CancellationToken cancellationToken)
    {
        var calendar = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken);
        return calendar is null ? Error.NotFound("Calendar", request.Id) : new Versioned<CalendarResponse>(CalendarResponse.From(calendar), calendar.Version);
    }
}

internal static class GetCalendarEndpoint
{
    public static void MapGetCalendar(this IEndpointRouteBuilder calendars) =>
        calendars.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCalendar(id), cancellationToken)).ToHttp(found => found.ToOk(response)))
            .RequireAuthorization(SlaPermissions.Read)
            .WithName("GetSlaCalendar")
            .WithSummary("One business calendar, with an ETag for updates")
            .Produces<CalendarResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
