using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Desk.Contracts;
using Huiyin.Desk.Features.Shared;
using Huiyin.Desk.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Desk.Features.Duty;

/// <summary>A team's roster for one week, for the week grid.</summary>
internal sealed record GetRoster(Guid TeamId, DateOnly WeekOf) : IQuery<Result<RosterResponse>>;

internal sealed class GetRosterValidator : AbstractValidator<GetRoster>
{
    public GetRosterValidator()
    {
        RuleFor(x => x.TeamId).NotEmpty();
        RuleFor(x => x.WeekOf).Must(day => day.DayOfWeek == DayOfWeek.Monday).WithMessage("weekOf must be a Monday.").WithErrorCode("week_not_monday");
    }
}

internal sealed class GetRosterHandler(DeskDbContext db, IMediator mediator) : IRequestHandler<GetRoster, Result<RosterResponse>>
{
    public async Task<Result<RosterResponse>> Handle(GetRoster request, CancellationToken cancellationToken) =>
        await RosterResponse.ReadAsync(db, mediator, request.TeamId, request.WeekOf, cancellationToken);
}

internal static class GetRosterEndpoint
{
    public static void MapGetRoster(this IEndpointRouteBuilder duty) =>
        duty.MapGet("/roster", async (Guid teamId, DateOnly weekOf, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetRoster(teamId, weekOf), cancellationToken)).ToHttp(roster => TypedResults.Ok(roster)))
            .RequireAuthorization(DeskPermissions.Read)
            .WithName("GetDutyRoster")
            .WithSummary("A team's shifts and who works them in the week from weekOf (a Monday)")
            .Produces<RosterResponse>()
            .ProducesValidationProblem();
}
