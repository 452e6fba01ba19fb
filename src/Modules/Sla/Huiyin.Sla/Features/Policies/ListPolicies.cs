using Huiyin.Sla.Contracts;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Policies;

/// <summary>The policies in the order they are tried; retired ones only when asked for.</summary>
internal sealed record ListPolicies(bool IncludeRetired) : IQuery<Result<ItemsResponse<PolicyResponse>>>;

internal sealed class ListPoliciesHandler(SlaDbContext db) : IRequestHandler<ListPolicies, Result<ItemsResponse<PolicyResponse>>>
{
    public async Task<Result<ItemsResponse<PolicyResponse>>> Handle(ListPolicies request, CancellationToken cancellationToken)
    {
        var policies = await db.Policies.AsNoTracking()
            .Where(p => request.IncludeRetired || !p.Retired)
            .OrderBy(p => p.Order).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return new ItemsResponse<PolicyResponse>(policies.Select(PolicyResponse.From).ToList());
    }
}

internal static class ListPoliciesEndpoint
{
    public static void MapListPolicies(this IEndpointRouteBuilder policies) =>
        policies.MapGet("/", async (bool? includeRetired, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListPolicies(includeRetired ?? false), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(SlaPermissions.Read)
            .WithName("ListSlaPolicies")
            .WithSummary("SLA policies, in the order they are tried (first match wins)")
            .Produces<ItemsResponse<PolicyResponse>>();
}
