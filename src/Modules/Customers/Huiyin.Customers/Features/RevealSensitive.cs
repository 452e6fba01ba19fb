using FluentValidation;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Features.Shared;
using Huiyin.Customers.Persistence;
using Huiyin.Customers.Protection;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

internal sealed record RevealRequest(string Reason);

/// <summary>The unmasked ID number and bank account.</summary>
internal sealed record SensitiveValues(string? IdNumber, string? BankAccount);

/// <summary>Shows a customer's ID number and bank account unmasked and writes the access log (保护客户信息，禁止无关人员访问).</summary>
internal sealed record RevealSensitive(Guid Id, string Reason) : ICommand<Result<SensitiveValues>>, IAuditedChange;

internal sealed class RevealSensitiveValidator : AbstractValidator<RevealSensitive>
{
    public RevealSensitiveValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(500).WithMessage("Say why you need to see the unmasked values (kept in the access log).");
}

internal sealed class RevealSensitiveHandler(CustomersDbContext db, SensitiveData sensitive, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<RevealSensitive, Result<SensitiveValues>>
{
    public async Task<Result<SensitiveValues>> Handle(RevealSensitive request, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == new CustomerId(request.Id), cancellationToken);
        if (customer is null)
        {
            return Error.NotFound("Customer", request.Id);
        }

        var values = new SensitiveValues(
            customer.IdNumberCipher is null ? null : sensitive.Open(CustomerRegistry.IdNumberField, customer.IdNumberCipher),
            customer.BankAccountCipher is null ? null : sensitive.Open(CustomerRegistry.BankAccountField, customer.BankAccountCipher));
        var fields = new[] { (CustomerRegistry.IdNumberField, values.IdNumber), (CustomerRegistry.BankAccountField, values.BankAccount) }
            .Where(f => f.Item2 is not null).Select(f => f.Item1);
        db.SensitiveAccesses.Add(SensitiveAccess.Record(customer.Id, fields, request.Reason.Trim(), currentUser.Actor, clock.GetUtcNow()));
        return values;
    }
}

internal static class RevealSensitiveEndpoint
{
    public static void MapRevealSensitive(this IEndpointRouteBuilder customers) =>
        customers.MapPost("/{id:guid}/sensitive", async (Guid id, RevealRequest? body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RevealSensitive(id, body?.Reason ?? ""), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(CustomersPermissions.Sensitive)
            .WithName("RevealCustomerSensitive")
            .WithSummary("The unmasked ID number and bank account (permission customers:sensitive); every call is written to the access log")
            .Produces<SensitiveValues>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
