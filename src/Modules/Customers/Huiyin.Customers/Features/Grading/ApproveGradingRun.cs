using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Features.Shared;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features.Grading;

/// <summary>A Manager approves a proposal: tiers change at once, with history, and <c>CustomerTierChanged</c> for each customer whose tier changed.</summary>
internal sealed record ApproveGradingRun(Guid Id) : ICommand<Result<GradingRunResponse>>, IAuditedChange;

internal sealed class ApproveGradingRunHandler(
    CustomersDbContext db, CustomerRegistry registry, GradingRunResponses responses, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ApproveGradingRun, Result<GradingRunResponse>>
{
    public async Task<Result<GradingRunResponse>> Handle(ApproveGradingRun request, CancellationToken cancellationToken)
    {
        var run = await db.GradingRuns.Include(r => r.Entries).SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken);
        if (run is null)
        {
            return Error.NotFound("Grading run", request.Id);
        }

        var now = clock.GetUtcNow();
        var approval = run.Approve(currentUser.Actor, now);
        if (approval.IsFailure)
        {
            return approval.Error;
        }

        var ids = run.Entries.Select(e => new CustomerId(e.CustomerId)).ToList();
        var customers = await db.Customers.Where(c => ids.Contains(c.Id) && c.ArchivedAt == null).ToDictionaryAsync(c => c.Id.Value, cancellationToken);
        foreach (var entry in run.Entries)
        {
            if (!customers.TryGetValue(entry.CustomerId, out var customer) || customer.Tier == entry.ProposedTier)
            {
                continue;
            }

            var before = customer.Snapshot();
            var previous = customer.Tier;
            customer.AssignTier(entry.ProposedTier);
            registry.RecordChanges(customer, before);
            db.Publish(new CustomerTierChanged(customer.Id.Value, previous, customer.Tier, customer.Vip, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await responses.DetailAsync(run, cancellationToken);
    }
}

internal static class ApproveGradingRunEndpoint
{
    public static void MapApproveGradingRun(this IEndpointRouteBuilder runs) =>
        runs.MapPost("/{id:guid}/approve", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ApproveGradingRun(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(CustomersPermissions.ApproveGrading)
            .WithName("ApproveGradingRun")
            .WithSummary("Approve a proposal: the tiers change at once (Manager); 409 unless the run is Proposed")
            .Produces<GradingRunResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
