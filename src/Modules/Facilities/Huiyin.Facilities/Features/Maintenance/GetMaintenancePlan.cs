using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain.Maintenance;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Maintenance;

/// <summary>A plan with its history: each due date that has a work order, done on time, late, or still open.</summary>
internal sealed record GetMaintenancePlan(Guid PlanId) : IQuery<Result<MaintenancePlanResponse>>;

/// <summary>Every plan by name, each with its history.</summary>
internal sealed record ListMaintenancePlans : IQuery<ItemsResponse<MaintenancePlanResponse>>;

internal sealed class GetMaintenancePlanHandler(FacilitiesDbContext db)
    : IRequestHandler<GetMaintenancePlan, Result<MaintenancePlanResponse>>, IRequestHandler<ListMaintenancePlans, ItemsResponse<MaintenancePlanResponse>>
{
    public async Task<Result<MaintenancePlanResponse>> Handle(GetMaintenancePlan request, CancellationToken cancellationToken)
    {
        var id = new MaintenancePlanId(request.PlanId);
        var plans = await WithHistoryAsync(db.MaintenancePlans.Where(p => p.Id == id), cancellationToken);
        return plans.Count == 0 ? Error.NotFound("MaintenancePlan", request.PlanId) : plans[0];
    }

    public async Task<ItemsResponse<MaintenancePlanResponse>> Handle(ListMaintenancePlans request, CancellationToken cancellationToken) =>
        new(await WithHistoryAsync(db.MaintenancePlans.OrderBy(p => p.Name), cancellationToken));

    private async Task<List<MaintenancePlanResponse>> WithHistoryAsync(IQueryable<MaintenancePlan> plans, CancellationToken cancellationToken)
    {
        var found = await plans.AsNoTracking().ToListAsync(cancellationToken);
        var ids = found.Select(p => p.Id).ToList();
        var history = (await db.MaintenanceOccurrences.AsNoTracking().Where(o => ids.Contains(o.PlanId)).ToListAsync(cancellationToken)).ToLookup(o => o.PlanId);
        return found.Select(p => MaintenancePlanResponse.From(p, history[p.Id])).ToList();
    }
}

internal static class MaintenancePlanEndpoints
{
    public static void MapMaintenance(this IEndpointRouteBuilder facilities)
    {
        facilities.MapCreateMaintenancePlan();
        facilities.MapGet("/maintenance-plans", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListMaintenancePlans(), cancellationToken)))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("ListMaintenancePlans")
            .WithSummary("List the preventive-maintenance plans with their history")
            .Produces<ItemsResponse<MaintenancePlanResponse>>();
        facilities.MapGet("/maintenance-plans/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMaintenancePlan(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("GetMaintenancePlan")
            .WithSummary("Read a preventive-maintenance plan and its history")
            .WithDescription("`history` lists each due date whose work order was opened: `Open` until the ticket is resolved, then `OnTime` when it was resolved by its working due day (`workingDueOn`, at the desk), otherwise `Late`.")
            .Produces<MaintenancePlanResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
