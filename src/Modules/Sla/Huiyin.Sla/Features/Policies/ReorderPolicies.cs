using Huiyin.Sla.Contracts;
using FluentValidation;
using Huiyin.BuildingBlocks.Auditing;
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

/// <summary>Puts the active policies in a new order (what a drag-and-drop list sends): all of them, each once.</summary>
internal sealed record ReorderPolicies(IReadOnlyList<Guid> PolicyIds) : ICommand<Result<ItemsResponse<PolicyResponse>>>, IAuditedChange;

internal sealed class ReorderPoliciesValidator : AbstractValidator<ReorderPolicies>
{
    public ReorderPoliciesValidator() =>
        RuleFor(x => x.PolicyIds).NotEmpty().Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("Each policy appears once.").WithErrorCode("policy_listed_twice");
}

internal sealed class ReorderPoliciesHandler(SlaDbContext db) : IRequestHandler<ReorderPolicies, Result<ItemsResponse<PolicyResponse>>>
{
    private const int Step = 10;

    public async Task<Result<ItemsResponse<PolicyResponse>>> Handle(ReorderPolicies request, CancellationToken cancellationToken)
    {
        var active = await db.Policies.Where(p => !p.Retired).ToDictionaryAsync(p => p.Id, cancellationToken);
        if (!active.Keys.ToHashSet().SetEquals(request.PolicyIds))
        {
            return Error.Validation("policy_order", "policyIds", "List every active policy exactly once, and nothing else.");
        }

        var position = 0;
        foreach (var id in request.PolicyIds)
        {
            active[id].MoveTo(position += Step);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ItemsResponse<PolicyResponse>(request.PolicyIds.Select(id => PolicyResponse.From(active[id])).ToList());
    }
}

internal static class ReorderPoliciesEndpoint
{
    public static void MapReorderPolicies(this IEndpointRouteBuilder policies) =>
        policies.MapPost("/reorder", async (ReorderPolicies request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(SlaPermissions.Manage)
            .WithName("ReorderSlaPolicies")
            .WithSummary("Set the order in which the active policies are tried")
            .Produces<ItemsResponse<PolicyResponse>>()
            .ProducesValidationProblem();
}
