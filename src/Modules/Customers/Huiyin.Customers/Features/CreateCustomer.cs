using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Features.Shared;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Customers.Features;

internal sealed record CreateCustomer(CustomerForm Form) : CustomerFormRequest(Form), ICommand<Result<Versioned<CustomerResponse>>>;

internal sealed class CreateCustomerValidator : CustomerFieldsValidator<CreateCustomer>;

internal sealed class CreateCustomerHandler(CustomersDbContext db, CustomerRegistry registry, TimeProvider clock)
    : IRequestHandler<CreateCustomer, Result<Versioned<CustomerResponse>>>
{
    public async Task<Result<Versioned<CustomerResponse>>> Handle(CreateCustomer request, CancellationToken cancellationToken)
    {
        if (CustomerRegistry.CheckMaskedValues(request, existing: null) is { } maskedProblem)
        {
            return maskedProblem;
        }

        var profile = registry.Build(request, existing: null);
        if (await registry.CheckAccountManagerAsync(profile.AccountManagerId, existing: null, cancellationToken) is { } managerProblem)
        {
            return managerProblem;
        }

        var duplicates = await registry.CheckDuplicatesAsync(profile, self: null, request.AllowDuplicate == true, cancellationToken);
        if (duplicates.IsFailure)
        {
            return duplicates.Error;
        }

        var customer = Customer.Register(await db.NextSequenceAsync(cancellationToken), profile);
        db.Customers.Add(customer);
        registry.RecordChanges(customer, new Dictionary<string, (string?, string?)>(), duplicates.Value, request.DuplicateReason?.Trim());
        db.Publish(new CustomerRegistered(
            customer.Id.Value, customer.Number, customer.Name, customer.Type.ToString(), customer.Tier, customer.Vip, customer.AccountManagerId, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<CustomerResponse>(CustomerResponse.From(customer), customer.Version);
    }
}

internal static class CreateCustomerEndpoint
{
    public static void MapCreateCustomer(this IEndpointRouteBuilder customers) =>
        customers.MapPost("/", async (CustomerForm form, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
                (await mediator.Send(new CreateCustomer(form), cancellationToken)).ToHttp(created =>
                {
                    ETags.Set(response, created.Version);
                    return TypedResults.Created($"/api/v1/customers/{created.Resource.Id}", created.Resource);
                }))
            .RequireAuthorization(CustomersPermissions.Write)
            .WithName("CreateCustomer")
            .WithSummary("Register a customer")
            .WithDescription("409 `duplicate_customer` lists the customers with the same phone, ID number or bank account (masked); send `allowDuplicate: true` with a `duplicateReason` to save anyway (the override is kept in the history).")
            .Produces<CustomerResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
