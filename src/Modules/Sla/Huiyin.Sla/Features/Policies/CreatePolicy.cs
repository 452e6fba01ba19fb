using Huiyin.Sla.Contracts;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Domain.Policies;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Sla.Features.Policies;

/// <summary>A new deadline rule. It applies to work started from now on; running clocks keep their policy.</summary>
internal sealed record CreatePolicy(
    string Name, int Order, PolicyMatch? Match, string FirstContact, string Resolution, int? WarnAtPercent, Guid? CalendarId, int? EscalationLevels,
    string? Acknowledgement = null, string? Handoff = null)
    : ICommand<Result<PolicyResponse>>, IAuditedChange, IPolicyFields;

internal sealed class CreatePolicyValidator : PolicyFieldsValidator<CreatePolicy>;

internal sealed class CreatePolicyHandler(SlaDbContext db) : IRequestHandler<CreatePolicy, Result<PolicyResponse>>
{
    public async Task<Result<PolicyResponse>> Handle(CreatePolicy request, CancellationToken cancellationToken)
    {
        if (await request.CheckCalendarAsync(db, cancellationToken) is { } problem)
        {
            return problem;
        }

        var policy = SlaPolicy.Create(request.ToTerms());
        db.Policies.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        return PolicyResponse.From(policy);
    }
}

internal static class CreatePolicyEndpoint
{
    public static void MapCreatePolicy(this IEndpointRouteBuilder policies) =>
        policies.MapPost("/", async (CreatePolicy request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(policy => TypedResults.Created($"/api/v1/sla/policies/{policy.Id}", policy)))
            .RequireAuthorization(SlaPermissions.Manage)
            .WithName("CreateSlaPolicy")
            .WithSummary("Add an SLA policy")
            .WithDescription("Windows are ISO 8601 durations (PT3H, PT24H, P2D, down to PT1S so that a test system can run a whole escalation in a minute). `acknowledgement` defaults to PT15M and `handoff` to PT1H.")
            .Produces<PolicyResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
