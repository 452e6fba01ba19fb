using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

internal sealed record ListTeams : IQuery<Result<ItemsResponse<TeamResponse>>>;

internal sealed class ListTeamsHandler(OrganizationDbContext db) : IRequestHandler<ListTeams, Result<ItemsResponse<TeamResponse>>>
{
    public async Task<Result<ItemsResponse<TeamResponse>>> Handle(ListTeams request, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TeamResponse(t.Id.Value, t.Name, t.Description, t.CreatedAt, t.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new ItemsResponse<TeamResponse>(teams);
    }
}

internal static class ListTeamsEndpoint
{
    public static void MapListTeams(this IEndpointRouteBuilder teams) =>
        teams.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListTeams(), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(OrganizationPermissions.StaffRead)
            .WithName("ListTeams")
            .WithSummary("List teams")
            .Produces<ItemsResponse<TeamResponse>>();
}
