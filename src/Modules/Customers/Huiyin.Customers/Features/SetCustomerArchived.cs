using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

/// <summary>Archives a customer who left (另存一档，不得丢弃: the file is kept, hidden from lists) or restores one who came back.</summary>
internal sealed record SetCustomerArchived(Guid Id, bool Archived) : ICommand<Result<Versioned<CustomerResponse>>>;

internal sealed class SetCustomerArchivedHandler(CustomersDbContext db, CustomerRegistry registry, TimeProvider clock)
    : IRequestHandler<SetCustomerArchived, Result<Versioned<CustomerResponse>>>
{
    public async Task<Result<Versioned<CustomerResponse>>> Handle(SetCustomerArchived request, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == new CustomerId(request.Id), cancellationToken);
        if (customer is null)
        {
            return Error.NotFound("Customer", request.Id);
        }

        if (customer.IsArchived == request.Archived)
        {
            var status = customer.IsArchived ? "Archived" : "Active";
            return Error.IllegalTransition(request.Archived ? "archive" : "restore", status, [customer.IsArchived ? "restore" : "archive"]);
        }

        var before = customer.Snapshot();
        var now = clock.GetUtcNow();
        if (request.Archived)
        {
            customer.Archive(now);
            db.Publish(new CustomerArchived(customer.Id.Value, now));
        }
        else
        {
            customer.Restore();
            db.Publish(new CustomerUpdated(customer.Id.Value, ["archived"], now));
        }

        registry.RecordChanges(customer, before);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<CustomerResponse>(CustomerResponse.From(customer), customer.Version);
    }
}

internal static class SetCustomerArchivedEndpoint
{
    public static void MapSetCustomerArchived(this IEndpointRouteBuilder customers)
    {
        Map(customers, "archive", archived: true, "ArchiveCustomer", "Archive a customer (kept, hidden from lists); 409 when already archived");
        Map(customers, "restore", archived: false, "RestoreCustomer", "Restore an archived customer; 409 when not archived");
    }

    private static void Map(IEndpointRouteBuilder customers, string action, bool archived, string name, string summary) =>
        customers.MapPost($"/{{id:guid}}/{action}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
                (await mediator.Send(new SetCustomerArchived(id, archived), cancellationToken)).ToHttp(changed => changed.ToOk(response)))
            .RequireAuthorization(CustomersPermissions.Write)
            .WithName(name)
            .WithSummary(summary)
            .Produces<CustomerResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
