using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Calendars;
using Huiyin.Sla.Domain.Policies;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Policies;

/// <summary>"Which policy would apply?": the policy an item with these attributes would get, why, and its due times if it started now.</summary>
internal sealed record EvaluatePolicy(
    SlaWorkType? WorkType, WorkComplexity? Complexity, ComplaintSeverity? Severity, int? CustomerTier, bool? Vip, string? Category)
    : IQuery<Result<PolicyEvaluation>>
{
    public ClockAttributes ToAttributes() => new(WorkType!.Value, Complexity, Severity, CustomerTier, Vip ?? false, Category);
}

internal sealed class EvaluatePolicyValidator : AbstractValidator<EvaluatePolicy>
{
    public EvaluatePolicyValidator()
    {
        RuleFor(x => x.WorkType).NotNull().WithMessage("Say which kind of work: Ticket, Complaint or Callback.");
        RuleFor(x => x.CustomerTier).InclusiveBetween(1, 3);
    }
}

/// <summary>The policy, why it applies (in English, and as a code with its values for a client to word), and its due times.</summary>
internal sealed record PolicyEvaluation(
    PolicyResponse Policy, string Explanation, string ExplanationCode, IReadOnlyDictionary<string, string> ExplanationArgs,
    DateTimeOffset FirstContactDueAt, DateTimeOffset ResolutionDueAt);

internal sealed class EvaluatePolicyHandler(SlaDbContext db, WorkingCalendars calendars, TimeProvider clock) : IRequestHandler<EvaluatePolicy, Result<PolicyEvaluation>>
{
    public async Task<Result<PolicyEvaluation>> Handle(EvaluatePolicy request, CancellationToken cancellationToken)
    {
        var policies = await db.Policies.AsNoTracking().Where(p => !p.Retired).ToListAsync(cancellationToken);
        if (PolicyChoice.For(policies, request.ToAttributes()) is not { } choice)
        {
            return Error.BusinessRule("no_policy", "No active SLA policy matches these attributes.");
        }

        var calendar = await calendars.ForAsync(choice.Policy.CalendarId, cancellationToken);
        var now = clock.GetUtcNow();
        return new PolicyEvaluation(PolicyResponse.From(choice.Policy), choice.Explanation, PolicyChoice.ExplanationCode, choice.ExplanationArgs,
            calendar.Add(now, choice.Policy.FirstContact), calendar.Add(now, choice.Policy.Resolution));
    }
}

internal static class EvaluatePolicyEndpoint
{
    public static void MapEvaluatePolicy(this IEndpointRouteBuilder policies) =>
        policies.MapPost("/evaluate", async (EvaluatePolicy request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(SlaPermissions.Read)
            .WithName("EvaluateSlaPolicy")
            .WithSummary("Which policy would apply to an item, and why")
            .Produces<PolicyEvaluation>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
