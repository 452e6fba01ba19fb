using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

internal sealed record ScoreForm(int AssetSize, int BusinessScale, int BrandStrength, int Cooperativeness, string Evidence);

/// <summary>Scores an organisation for grading (S1 金科): asset size, business scale, brand strength and cooperativeness, 0–25 each, with the evidence.</summary>
internal sealed record ScoreCustomer(Guid Id, int AssetSize, int BusinessScale, int BrandStrength, int Cooperativeness, string Evidence)
    : ICommand<Result<Versioned<CustomerResponse>>>;

internal sealed class ScoreCustomerValidator : AbstractValidator<ScoreCustomer>
{
    public ScoreCustomerValidator()
    {
        RuleFor(x => x.AssetSize).InclusiveBetween(0, 25);
        RuleFor(x => x.BusinessScale).InclusiveBetween(0, 25);
        RuleFor(x => x.BrandStrength).InclusiveBetween(0, 25);
        RuleFor(x => x.Cooperativeness).InclusiveBetween(0, 25);
        RuleFor(x => x.Evidence).NotEmpty().MaximumLength(4000).WithMessage("Record the evidence for the scores (at most 4000 characters).");
    }
}

internal sealed class ScoreCustomerHandler(CustomersDbContext db, CustomerRegistry registry, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ScoreCustomer, Result<Versioned<CustomerResponse>>>
{
    public async Task<Result<Versioned<CustomerResponse>>> Handle(ScoreCustomer request, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == new CustomerId(request.Id), cancellationToken);
        if (customer is null)
        {
            return Error.NotFound("Customer", request.Id);
        }

        if (!customer.Type.IsOrganization())
        {
            return Error.BusinessRule("not_an_organization", "Only organisations (merchants, enterprises) are scored; persons get their tier by rule.");
        }

        var before = customer.Snapshot();
        var now = clock.GetUtcNow();
        customer.Rate(new TierScore(request.AssetSize, request.BusinessScale, request.BrandStrength, request.Cooperativeness, request.Evidence.Trim(), now, currentUser.Actor));
        var changed = registry.RecordChanges(customer, before);
        if (changed.Count > 0)
        {
            db.Publish(new CustomerUpdated(customer.Id.Value, changed, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<CustomerResponse>(CustomerResponse.From(customer), customer.Version);
    }
}

internal static class ScoreCustomerEndpoint
{
    public static void MapScoreCustomer(this IEndpointRouteBuilder customers) =>
        customers.MapPut("/{id:guid}/score", async (Guid id, ScoreForm form, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
                (await mediator.Send(new ScoreCustomer(id, form.AssetSize, form.BusinessScale, form.BrandStrength, form.Cooperativeness, form.Evidence), cancellationToken))
                .ToHttp(scored => scored.ToOk(response)))
            .RequireAuthorization(CustomersPermissions.Grade)
            .WithName("ScoreCustomer")
            .WithSummary("Score an organisation for tier grading (0–25 on each of four criteria, with evidence)")
            .Produces<CustomerResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
