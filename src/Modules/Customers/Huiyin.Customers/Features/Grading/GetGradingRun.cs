using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features.Grading;

/// <summary>A run with its ranking, proposed tiers and the tier-1 customers whose account manager is below Manager rank (or missing).</summary>
internal sealed record GetGradingRun(Guid Id) : IQuery<Result<GradingRunResponse>>;

internal sealed class GetGradingRunHandler(CustomersDbContext db, GradingRunResponses responses) : IRequestHandler<GetGradingRun, Result<GradingRunResponse>>
{
    public async Task<Result<GradingRunResponse>> Handle(GetGradingRun request, CancellationToken cancellationToken)
    {
        var run = await db.GradingRuns.AsNoTracking().Include(r => r.Entries).SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken);
        return run is null ? Error.NotFound("Grading run", request.Id) : await responses.DetailAsync(run, cancellationToken);
    }
}

/// <summary>The runs, newest first, without their entries.</summary>
internal sealed record ListGradingRuns : IQuery<Result<ItemsResponse<GradingRunResponse>>>;

internal sealed class ListGradingRunsHandler(CustomersDbContext db) : IRequestHandler<ListGradingRuns, Result<ItemsResponse<GradingRunResponse>>>
{
    public async Task<Result<ItemsResponse<GradingRunResponse>>> Handle(ListGradingRuns request, CancellationToken cancellationToken)
    {
        var runs = await db.GradingRuns.AsNoTracking().Include(r => r.Entries).OrderByDescending(r => r.StartedAt).Take(50).ToListAsync(cancellationToken);
        return new ItemsResponse<GradingRunResponse>(runs.Select(r => GradingRunResponses.Summary(r)).ToList());
    }
}

internal static class GetGradingRunEndpoint
{
    public static void MapGradingRuns(this IEndpointRouteBuilder runs)
    {
        runs.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListGradingRuns(), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(CustomersPermissions.Read)
            .WithName("ListGradingRuns")
            .WithSummary("The last 50 grading runs, newest first")
            .Produces<ItemsResponse<GradingRunResponse>>();

        runs.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetGradingRun(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(CustomersPermissions.Read)
            .WithName("GetGradingRun")
            .WithSummary("A grading run with its ranking and proposed tiers")
            .Produces<GradingRunResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
