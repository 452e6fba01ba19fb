using Huiyin.Customers.Contracts;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Customers.Grading;

/// <summary>Starts a grading run on demand: a proposal until a Manager approves it.</summary>
internal sealed record StartGradingRun : ICommand<Result<GradingRunResponse>>;

internal sealed class StartGradingRunHandler(CustomersDbContext db, GradingProposer proposer, GradingRunResponses responses)
    : IRequestHandler<StartGradingRun, Result<GradingRunResponse>>
{
    public async Task<Result<GradingRunResponse>> Handle(StartGradingRun request, CancellationToken cancellationToken)
    {
        var proposal = await proposer.ProposeAsync(cancellationToken);
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
        runs.MapPost("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new StartGradingRun(), cancellationToken)).ToHttp(run => TypedResults.Created($"/api/v1/customers/grading-runs/{run.Id}", run)))
            .RequireAuthorization(CustomersPermissions.Grade)
            .WithName("StartGradingRun")
            .WithSummary("Rank the scored organisations and propose tiers (top 15% tier 1, next 65% tier 2, the rest tier 3)")
            .WithDescription("The proposal replaces any earlier one not yet approved. 422 when no organisation has a score.")
            .Produces<GradingRunResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
