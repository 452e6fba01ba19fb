using Huiyin.Customers.Contracts;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

internal sealed record GetCustomer(Guid Id) : IQuery<Result<Versioned<CustomerResponse>>>;

internal sealed class GetCustomerHandler(CustomersDbContext db) : IRequestHandler<GetCustomer, Result<Versioned<CustomerResponse>>>
{
    public async Task<Result<Versioned<CustomerResponse>>> Handle(GetCustomer request, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == new CustomerId(request.Id), cancellationToken);
        return customer is null
            ? Error.NotFound("Customer", request.Id)
            : new Versioned<CustomerResponse>(CustomerResponse.From(customer), customer.Version);
    }
}

internal static class GetCustomerEndpoint
{
    public static void MapGetCustomer(this IEndpointRouteBuilder customers) =>
        customers.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCustomer(id), cancellationToken)).ToHttp(found => found.ToOk(response)))
            .RequireAuthorization(CustomersPermissions.Read)
            .WithName("GetCustomer")
            .WithSummary("One customer (sensitive fields masked), with an ETag for updates")
            .Produces<CustomerResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
