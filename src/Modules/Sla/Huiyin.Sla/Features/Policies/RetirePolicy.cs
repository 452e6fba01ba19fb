using Huiyin.Sla.Contracts;
using Huiyin.BuildingBlocks.Auditing;
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

/// <summary>Takes a policy out of use for new work. It is kept, because running clocks still name it.</summary>
internal sealed record RetirePolicy(Guid Id) : ICommand<Result<PolicyResponse>>, IAuditedChange;

internal sealed class RetirePolicyHandler(SlaDbContext db) : IRequestHandler<RetirePolicy, Result<PolicyResponse>>
{
    public async Task<Result<PolicyResponse>> Handle(RetirePolicy request, CancellationToken cancellationToken)
    {
        var policy = await db.Policies.SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken);
        if (policy is null)
        {
            return Error.NotFound("SLA policy", request.Id);
        }

        if (policy.Retired)
        {
            return Error.IllegalTransition("retire", "Retired", []);
        }

        if (!await db.Policies.AnyAsync(p => p.Id != policy.Id && !p.Retired, cancellationToken))
        {
            return Error.BusinessRule("last_policy", "This is the last active policy; new work would have no deadlines. Add another first.");
        }

        policy.Retire();
        await db.SaveChangesAsync(cancellationToken);
        return PolicyResponse.From(policy);
    }
}

internal static class RetirePolicyEndpoint
{
    public static void MapRetirePolicy(this IEndpointRouteBuilder policies) =>
        policies.MapPost("/{id:guid}/retire", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RetirePolicy(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(SlaPermissions.Manage)
            .WithName("RetireSlaPolicy")
            .WithSummary("Retire an SLA policy")
            .Produces<PolicyResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
