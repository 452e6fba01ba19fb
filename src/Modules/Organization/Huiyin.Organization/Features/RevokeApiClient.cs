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

/// <summary>Stops an API key from working, at once and for good.</summary>
internal sealed record RevokeApiClient(Guid Id) : ICommand<Result<ApiClientResponse>>, IAuditedChange;

internal sealed class RevokeApiClientHandler(OrganizationDbContext db, TimeProvider clock) : IRequestHandler<RevokeApiClient, Result<ApiClientResponse>>
{
    public async Task<Result<ApiClientResponse>> Handle(RevokeApiClient request, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == new ApiClientId(request.Id), cancellationToken);
        if (client is null)
        {
            return Error.NotFound("API client", request.Id);
        }

        if (client.RevokedAt is not null)
        {
            return Error.IllegalTransition("revoke", "Revoked", []);
        }

        client.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ApiClientResponse.From(client);
    }
}

internal static class RevokeApiClientEndpoint
{
    public static void MapRevokeApiClient(this IEndpointRouteBuilder clients) =>
        clients.MapPost("/{id:guid}/revoke", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RevokeApiClient(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(OrganizationPermissions.ApiClientsManage)
            .WithName("RevokeApiClient")
            .WithSummary("Revoke an API client's key")
            .Produces<ApiClientResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
