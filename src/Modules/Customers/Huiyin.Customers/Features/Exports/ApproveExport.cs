using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features.Exports;

/// <summary>A Manager approves an export request (not their own); 409 unless it is waiting for approval.</summary>
internal sealed record ApproveExport(Guid Id) : ICommand<Result<ExportResponse>>, IAuditedChange;

internal sealed class ApproveExportHandler(CustomersDbContext db, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<ApproveExport, Result<ExportResponse>>
{
    public async Task<Result<ExportResponse>> Handle(ApproveExport request, CancellationToken cancellationToken)
    {
        var export = await db.Exports.SingleOrDefaultAsync(e => e.Id == request.Id, cancellationToken);
        if (export is null)
        {
            return Error.NotFound("Export", request.Id);
        }

        var approval = export.Approve(currentUser.Actor, clock.GetUtcNow());
        return approval.IsSuccess ? ExportResponse.From(export) : approval.Error;
    }
}

/// <summary>The export log, newest first: a requester sees their own requests, an approver all of them.</summary>
internal sealed record ListExports : IQuery<Result<ItemsResponse<ExportResponse>>>;

internal sealed class ListExportsHandler(CustomersDbContext db, ICurrentUser currentUser) : IRequestHandler<ListExports, Result<ItemsResponse<ExportResponse>>>
{
    public async Task<Result<ItemsResponse<ExportResponse>>> Handle(ListExports request, CancellationToken cancellationToken)
    {
        var query = db.Exports.AsNoTracking();
        if (!currentUser.HasPermission(CustomersPermissions.ApproveExport))
        {
            var me = currentUser.Id ?? Guid.Empty;
            query = query.Where(e => e.RequestedById == me);
        }

        var exports = await query.OrderByDescending(e => e.RequestedAt).Take(100).ToListAsync(cancellationToken);
        return new ItemsResponse<ExportResponse>(exports.Select(ExportResponse.From).ToList());
    }
}

internal static class ApproveExportEndpoint
{
    public static void MapExportApprovals(this IEndpointRouteBuilder exports)
    {
        exports.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListExports(), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(CustomersPermissions.Export)
            .WithName("ListCustomerExports")
            .WithSummary("The export log (the last 100): your own requests, or all of them for an approver")
            .Produces<ItemsResponse<ExportResponse>>();

        exports.MapPost("/{id:guid}/approve", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ApproveExport(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(CustomersPermissions.ApproveExport)
            .WithName("ApproveCustomerExport")
            .WithSummary("Approve an export request (Manager, not your own)")
            .Produces<ExportResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
