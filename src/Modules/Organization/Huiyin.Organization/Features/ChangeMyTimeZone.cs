using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

/// <summary>
/// The signed-in person picks the time zone they read times in (an IANA name), or null to follow the desk's. The field is
/// required, so that a body that forgot it is refused rather than taken for "follow the desk".
/// </summary>
internal sealed record ChangeMyTimeZone([property: JsonRequired] string? TimeZone) : ICommand<Result<MyTimeZoneResponse>>;

/// <summary>The person's own time zone (null: they follow the desk's) and the desk's.</summary>
internal sealed record MyTimeZoneResponse(string? TimeZone, string DeskTimeZone);

internal sealed class ChangeMyTimeZoneValidator : AbstractValidator<ChangeMyTimeZone>
{
    public ChangeMyTimeZoneValidator() => RuleFor(x => x.TimeZone).MustBeAnIanaTimeZone();
}

internal sealed class ChangeMyTimeZoneHandler(OrganizationDbContext db, ICurrentUser currentUser, DeskTime desk)
    : IRequestHandler<ChangeMyTimeZone, Result<MyTimeZoneResponse>>
{
    public async Task<Result<MyTimeZoneResponse>> Handle(ChangeMyTimeZone request, CancellationToken cancellationToken)
    {
        if (currentUser.IsApiClient || currentUser.Id is not { } id)
        {
            return Error.Forbidden("staff_only", "Only staff accounts read times on screens.");
        }

        var staff = await db.Staff.SingleAsync(s => s.Id == new StaffMemberId(id), cancellationToken);
        staff.ReadTimesIn(IanaTimeZone.Find(request.TimeZone)?.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new MyTimeZoneResponse(staff.TimeZone, desk.ZoneName);
    }
}

internal static class ChangeMyTimeZoneEndpoint
{
    public static void MapChangeMyTimeZone(this IEndpointRouteBuilder me) =>
        me.MapPut("/time-zone", async (ChangeMyTimeZone request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(TypedResults.Ok))
            .WithName("ChangeMyTimeZone")
            .WithSummary("Pick the time zone you read times in")
            .WithDescription(
                "timeZone is required: an IANA name (Europe/Berlin), or null to follow the desk's time zone, which GET /api/v1/auth/me names as deskTimeZone. " +
                "Only how times are shown changes: the desk's days (numbers, rosters, due dates) stay the desk's. An unknown or Windows-style name is a 400 naming timeZone.")
            .Produces<MyTimeZoneResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
