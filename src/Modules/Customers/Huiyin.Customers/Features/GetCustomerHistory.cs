using Huiyin.Customers.Contracts;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

/// <summary>One changed field: who (<c>staff:{id}</c>, <c>api-client:{id}</c> or <c>system</c>), when, old and new value (sensitive ones masked).</summary>
internal sealed record CustomerChangeResponse(Guid Id, string Field, string? OldValue, string? NewValue, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>A customer's history, oldest change first.</summary>
internal sealed record GetCustomerHistory(Guid Id) : IQuery<Result<ItemsResponse<CustomerChangeResponse>>>;

internal sealed class GetCustomerHistoryHandler(CustomersDbContext db) : IRequestHandler<GetCustomerHistory, Result<ItemsResponse<CustomerChangeResponse>>>
{
    public async Task<Result<ItemsResponse<CustomerChangeResponse>>> Handle(GetCustomerHistory request, CancellationToken cancellationToken)
    {
        var id = new CustomerId(request.Id);
        if (!await db.Customers.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return Error.NotFound("Customer", request.Id);
        }

        var changes = await db.Changes.AsNoTracking().Where(c => c.CustomerId == id).OrderBy(c => c.Id)
            .Select(c => new CustomerChangeResponse(c.Id, c.Field, c.OldValue, c.NewValue, c.ChangedBy, c.ChangedAt))
            .ToListAsync(cancellationToken);
        return new ItemsResponse<CustomerChangeResponse>(changes);
    }
}

internal static class GetCustomerHistoryEndpoint
{
    public static void MapGetCustomerHistory(this IEndpointRouteBuilder customers) =>
        customers.MapGet("/{id:guid}/history", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCustomerHistory(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(CustomersPermissions.Read)
            .WithName("GetCustomerHistory")
            .WithSummary("Every change of a customer, field by field, oldest first")
            .Produces<ItemsResponse<CustomerChangeResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
