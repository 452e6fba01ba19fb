using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Features.Shared;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Customers.Features;

/// <summary>Changes a customer; the caller must send the ETag it read.</summary>
internal sealed record UpdateCustomer(Guid Id, uint? ExpectedVersion, CustomerForm Form)
    : CustomerFormRequest(Form), ICommand<Result<Versioned<CustomerResponse>>>;

internal sealed class UpdateCustomerValidator : CustomerFieldsValidator<UpdateCustomer>;

internal sealed class UpdateCustomerHandler(CustomersDbContext db, CustomerRegistry registry, TimeProvider clock)
    : IRequestHandler<UpdateCustomer, Result<Versioned<CustomerResponse>>>
{
    public async Task<Result<Versioned<CustomerResponse>>> Handle(UpdateCustomer request, CancellationToken cancellationToken)
    {
        var found = await db.Customers.FindForUpdateAsync(c => c.Id == new CustomerId(request.Id), request.ExpectedVersion, "Customer", request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var customer = found.Value;
        if (CustomerRegistry.CheckMaskedValues(request, customer) is { } maskedProblem)
        {
            return maskedProblem;
        }

        var profile = registry.Build(request, customer);
        if (await registry.CheckAccountManagerAsync(profile.AccountManagerId, customer, cancellationToken) is { } managerProblem)
        {
            return managerProblem;
        }

        var duplicates = await registry.CheckDuplicatesAsync(profile, customer.Id, request.AllowDuplicate == true, cancellationToken);
        if (duplicates.IsFailure)
        {
            return duplicates.Error;
        }

        var before = customer.Snapshot();
        var previousTier = customer.Tier;
        customer.Change(profile);
        var changed = registry.RecordChanges(customer, before, duplicates.Value, request.DuplicateReason?.Trim());
        if (changed.Count > 0)
        {
            db.Publish(new CustomerUpdated(customer.Id.Value, changed, clock.GetUtcNow()));
        }

        if (customer.Tier != previousTier)
        {
            db.Publish(new CustomerTierChanged(customer.Id.Value, previousTier, customer.Tier, customer.Vip, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<CustomerResponse>(CustomerResponse.From(customer), customer.Version);
    }
}

internal static class UpdateCustomerEndpoint
{
    public static void MapUpdateCustomer(this IEndpointRouteBuilder customers) =>
        customers.MapPut("/{id:guid}", async (Guid id, CustomerForm form, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateCustomer(id, ETags.Parse(ifMatch), form), cancellationToken))
                .ToHttp(updated => updated.ToOk(response)))
            .RequireAuthorization(CustomersPermissions.Write)
            .WithName("UpdateCustomer")
            .WithSummary("Change a customer (send If-Match)")
            .WithDescription("Leave `idNumber` / `bankAccount` out to keep them, send \"\" to clear them. Every changed field is kept in the history.")
            .Produces<CustomerResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static void MapPatchCustomer(this IEndpointRouteBuilder customers) =>
        customers.MapMergePatch(id => new GetCustomer(id), FormOf, (id, version, form) => new UpdateCustomer(id, version, form))
            .RequireAuthorization(CustomersPermissions.Write)
            .WithName("PatchCustomer")
            .WithSummary("Change some of a customer's fields (merge patch, send If-Match)")
            .WithDescription("The fields sent replace the stored ones, `null` clears one; the rest stay. The masked `idNumber` / `bankAccount` as read keep the stored values; \"\" clears them.");

    /// <summary>The customer as the edit form would send it back unchanged.</summary>
    private static CustomerForm FormOf(CustomerResponse c) =>
        new(c.Type, c.Name, c.Phones, c.Email, c.IdNumber, c.BankAccount, c.Addresses, c.UnitIds, c.AccountManagerId, c.Vip, c.Notes, c.SmsConsent);
}
