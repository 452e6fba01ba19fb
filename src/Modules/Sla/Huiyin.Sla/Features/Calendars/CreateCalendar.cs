using Huiyin.Sla.Contracts;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Domain.Calendars;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Calendars;

internal sealed record CreateCalendar(
    string Name, string? TimeZone, IReadOnlyList<WeeklyHours> WeeklyHours, IReadOnlyList<DateOnly>? Holidays, IReadOnlyList<DateOnly>? MakeUpWorkdays)
    : ICommand<Result<CalendarResponse>>, IAuditedChange, ICalendarFields;

internal sealed class CreateCalendarValidator : CalendarFieldsValidator<CreateCalendar>;

internal sealed class CreateCalendarHandler(SlaDbContext db) : IRequestHandler<CreateCalendar, Result<CalendarResponse>>
{
    public async Task<Result<CalendarResponse>> Handle(CreateCalendar request, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        if (await db.Calendars.AnyAsync(c => c.Name == name, cancellationToken))
        {
            return Error.Conflict("calendar_name_taken", $"A calendar named '{name}' already exists.", new Dictionary<string, object?> { ["field"] = "name" }).With("name", name);
        }

        var calendar = CalendarDefinition.Create(name, request.ZoneOrDefault(), request.Intervals(), request.Holidays ?? [], request.MakeUpWorkdays ?? []);
        db.Calendars.Add(calendar);
        await db.SaveChangesAsync(cancellationToken);
        return CalendarResponse.From(calendar);
    }
}

internal static class CreateCalendarEndpoint
{
    public static void MapCreateCalendar(this IEndpointRouteBuilder calendars) =>
        calendars.MapPost("/", async (CreateCalendar request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(created => TypedResults.Created($"/api/v1/sla/calendars/{created.Id}", created)))
            .RequireAuthorization(SlaPermissions.Manage)
            .WithName("CreateSlaCalendar")
            .WithSummary("Add a business calendar: weekly hours (a lunch break is two intervals), holidays, make-up working days")
            .Produces<CalendarResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
