using FluentValidation;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

internal sealed record CreateTeam(string Name, string? Description) : ICommand<Result<TeamResponse>>, IAuditedChange;

internal sealed class CreateTeamValidator : AbstractValidator<CreateTeam>
{
    public CreateTeamValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the team's name.").MaximumLength(64);
        RuleFor(x => x.Description).MaximumLength(500);
    }
}

internal sealed class CreateTeamHandler(OrganizationDbContext db) : IRequestHandler<CreateTeam, Result<TeamResponse>>
{
    public async Task<Result<TeamResponse>> Handle(CreateTeam request, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        if (await db.Teams.AnyAsync(t => t.Name == name, cancellationToken))
        {
            return Error.Conflict("team_name_taken", $"A team named '{name}' already exists.", new Dictionary<string, object?> { ["field"] = "name" }).With("name", name);
        }

        var team = Team.Create(name, request.Description?.Trim());
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        return new TeamResponse(team.Id.Value, team.Name, team.Description, team.CreatedAt, team.UpdatedAt);
    }
}

internal static class CreateTeamEndpoint
{
    public static void MapCreateTeam(this IEndpointRouteBuilder teams) =>
        teams.MapPost("/", async (CreateTeam request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(team => TypedResults.Created($"/api/v1/teams/{team.Id}", team)))
            .RequireAuthorization(OrganizationPermissions.TeamsManage)
            .WithName("CreateTeam")
            .WithSummary("Create a team")
            .Produces<TeamResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
