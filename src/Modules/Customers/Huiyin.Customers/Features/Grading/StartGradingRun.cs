using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Customers.Features.Grading;

/// <summary>Starts a grading run on demand, of everyone or of the newcomers only: a proposal until a Manager approves it.</summary>
internal sealed record StartGradingRun(GradingScope Scope) : ICommand<Result<GradingRunResponse>>;

internal sealed class StartGradingRunHandler(CustomersDbContext db, GradingProposer proposer, GradingRunResponses responses)
    : IRequestHandler<StartGradingRun, Result<GradingRunResponse>>
{
    public async Task<Result<GradingRunResponse>> Handle(StartGradingRun request, CancellationToken cancellationToken)
    {
        var proposal = await proposer.ProposeAsync(request.Scope, cancellationToken);
        if (proposal.IsFailure)
        {
            return proposal.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await responses.DetailAsync(proposal.Value, cancellationToken);
    }
}

internal static class StartGradingRunEndpoint
{
    public static void MapStartGradingRun(this IEndpointRouteBuilder runs) =>
        runs.MapPost("/", async (IMediator mediator, CancellationToken cancellationToken, GradingScope scope = GradingScope.Everyone) =>
                (await mediator.Send(new StartGradingRun(scope), cancellationToken)).ToHttp(run => TypedResults.Created($"/api/v1/customers/grading-runs/{run.Id}", run)))
            .RequireAuthorization(CustomersPermissions.Grade)
            .WithName("StartGradingRun")
            .WithSummary("Rank the scored organisations and propose tiers (top 15% tier 1, next 65% tier 2, the rest tier 3)")
            .WithDescription("`scope`: `Everyone` (the January run, the default) or `Newcomers` (the July run: only customers without a tier, placed by the lowest totals that hold tier 1 and tier 2 now). The proposal replaces any earlier one not yet approved. 422 when nobody is to be graded.")
            .Produces<GradingRunResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
