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

namespace Huiyin.Sla.Features.Policies;

internal sealed record GetPolicy(Guid Id) : IQuery<Result<Versioned<PolicyResponse>>>;

internal sealed class GetPolicyHandler(SlaDbContext db) : IRequestHandler<GetPolicy, Result<Versioned<PolicyResponse>>>
{
    public async Task<Result<Versioned<PolicyResponse>>> Handle(GetPolicy request, CancellationToken cancellationToken)
    {
        var policy = await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken);
        return policy is null ? Error.NotFound("SLA policy", request.Id) : new Versioned<PolicyResponse>(PolicyResponse.From(policy), policy.Version);
    }
}

internal static class GetPolicyEndpoint
{
    public static void MapGetPolicy(this IEndpointRouteBuilder policies) =>
        policies.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetPolicy(id), cancellationToken)).ToHttp(found => found.ToOk(response)))
            .RequireAuthorization(SlaPermissions.Read)
            .WithName("GetSlaPolicy")
            .WithSummary("One SLA policy, with an ETag for updates")
            .Produces<PolicyResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
