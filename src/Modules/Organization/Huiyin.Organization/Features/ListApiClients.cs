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

internal sealed record ListApiClients : IQuery<Result<ItemsResponse<ApiClientResponse>>>;

internal sealed class ListApiClientsHandler(OrganizationDbContext db) : IRequestHandler<ListApiClients, Result<ItemsResponse<ApiClientResponse>>>
{
    public async Task<Result<ItemsResponse<ApiClientResponse>>> Handle(ListApiClients request, CancellationToken cancellationToken)
    {
        var clients = await db.ApiClients.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return new ItemsResponse<ApiClientResponse>(clients.Select(ApiClientResponse.From).ToList());
    }
}

internal static class ListApiClientsEndpoint
{
    public static void MapListApiClients(this IEndpointRouteBuilder clients) =>
        clients.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListApiClients(), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(OrganizationPermissions.ApiClientsManage)
            .WithName("ListApiClients")
            .WithSummary("List API clients (keys are never shown again)")
            .Produces<ItemsResponse<ApiClientResponse>>();
}
