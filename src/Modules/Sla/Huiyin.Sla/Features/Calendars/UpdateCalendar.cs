using Huiyin.Sla.Contracts;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Sla.Features.Calendars;

/// <summary>The body of <c>PUT /sla/calendars/{id}</c>.</summary>
internal sealed record CalendarFields(
    string Name, string? TimeZone, IReadOnlyList<WeeklyHours> WeeklyHours, IReadOnlyList<DateOnly>? Holidays, IReadOnlyList<DateOnly>? MakeUpWorkdays)
    : ICalendarFields;

/// <summary>Changes a calendar (send If-Match). Clocks keep their due times; the new hours count for what is computed from now on.</summary>
internal sealed record UpdateCalendar(
    Guid Id, uint? ExpectedVersion,
    string Name, string? TimeZone, IReadOnlyList<WeeklyHours> WeeklyHours, IReadOnlyList<DateOnly>? Holidays, IReadOnlyList<DateOnly>? MakeUpWorkdays)
    : ICommand<Result<Versioned<CalendarResponse>>>, IAuditedChange, ICalendarFields
{
    public static UpdateCalendar From(Guid id, uint? expectedVersion, CalendarFields f) =>
        new(id, expectedVersion, f.Name, f.TimeZone, f.WeeklyHours, f.Holidays, f.MakeUpWorkdays);
}

internal sealed class UpdateCalendarValidator : CalendarFieldsValidator<UpdateCalendar>;

internal sealed class UpdateCalendarHandler(SlaDbContext db) : IRequestHandler<UpdateCalendar, Result<Versioned<CalendarResponse>>>
{
    public async Task<Result<Versioned<CalendarResponse>>> Handle(UpdateCalendar request, CancellationToken cancellationToken)
    {
        var found = await db.Calendars.FindForUpdateAsync(c => c.Id == request.Id, request.ExpectedVersion, "Calendar", request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var calendar = found.Value;

        calendar.Change(request.Name.Trim(), request.ZoneOrDefault(), request.Intervals(), request.Holidays ?? [], request.MakeUpWorkdays ?? []);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<CalendarResponse>(CalendarResponse.From(calendar), calendar.Version);
    }
}

internal static class UpdateCalendarEndpoint
{
    public static void MapUpdateCalendar(this IEndpointRouteBuilder calendars) =>
        calendars.MapPut("/{id:guid}", async (Guid id, CalendarFields fields, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(UpdateCalendar.From(id, ETags.Parse(ifMatch), fields), cancellationToken))
                .ToHttp(updated => updated.ToOk(response)))
            .RequireAuthorization(SlaPermissions.Manage)
            .WithName("UpdateSlaCalendar")
            .WithSummary("Change a business calendar (send If-Match)")
            .Produces<CalendarResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static void MapPatchCalendar(this IEndpointRouteBuilder calendars) =>
        calendars.MapMergePatch(id => new GetCalendar(id), FieldsOf, UpdateCalendar.From)
            .RequireAuthorization(SlaPermissions.Manage)
            .WithName("PatchSlaCalendar")
            .WithSummary("Change some of a business calendar (merge patch, send If-Match)");

    private static CalendarFields FieldsOf(CalendarResponse c) => new(c.Name, c.TimeZone, c.WeeklyHours, c.Holidays, c.MakeUpWorkdays);
}
