using Huiyin.Sla.Contracts;
using FluentValidation;
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

/// <summary>Adds the holidays and make-up working days of an iCalendar file (for example the official ones of a year) to a calendar.</summary>
internal sealed record ImportCalendarDays(Guid Id, string Ics) : ICommand<Result<CalendarResponse>>, IAuditedChange;

/// <summary>The body of the import: the iCalendar file's text.</summary>
internal sealed record CalendarFile(string Ics);

internal sealed class ImportCalendarDaysValidator : AbstractValidator<ImportCalendarDays>
{
    private const int MaxLength = 1_000_000;

    public ImportCalendarDaysValidator() =>
        RuleFor(x => x.Ics).NotEmpty().MaximumLength(MaxLength)
            .Must(ics => ICalendarDays.Read(ics) is not null).WithMessage("This is not an iCalendar file (BEGIN:VCALENDAR …).").WithErrorCode("not_icalendar");
}

internal sealed class ImportCalendarDaysHandler(SlaDbContext db) : IRequestHandler<ImportCalendarDays, Result<CalendarResponse>>
{
    public async Task<Result<CalendarResponse>> Handle(ImportCalendarDays request, CancellationToken cancellationToken)
    {
        var calendar = await db.Calendars.SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken);
        if (calendar is null)
        {
            return Error.NotFound("Calendar", request.Id);
        }

        var (holidays, workdays) = ICalendarDays.Read(request.Ics)!.Value;
        calendar.Import(holidays, workdays);
        await db.SaveChangesAsync(cancellationToken);
        return CalendarResponse.From(calendar);
    }
}

internal static class ImportCalendarDaysEndpoint
{
    public static void MapImportCalendarDays(this IEndpointRouteBuilder calendars) =>
        calendars.MapPost("/{id:guid}/import", async (Guid id, CalendarFile file, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ImportCalendarDays(id, file.Ics), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(SlaPermissions.Manage)
            .WithName("ImportSlaCalendarDays")
            .WithSummary("Import holidays and make-up working days (补班) from an iCalendar file")
            .Produces<CalendarResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
