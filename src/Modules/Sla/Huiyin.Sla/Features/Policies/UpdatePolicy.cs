using Huiyin.Sla.Contracts;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Domain.Policies;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Sla.Features.Policies;

/// <summary>Changes a policy (send the ETag read). Clocks already running keep the terms they started under.</summary>
internal sealed record UpdatePolicy(
    Guid Id, uint? ExpectedVersion,
    string Name, int Order, PolicyMatch? Match, string FirstContact, string Resolution, int? WarnAtPercent, Guid? CalendarId, int? EscalationLevels,
    string? Acknowledgement = null, string? Handoff = null)
    : ICommand<Result<Versioned<PolicyResponse>>>, IAuditedChange, IPolicyFields
{
    public static UpdatePolicy From(Guid id, uint? expectedVersion, PolicyFields f) =>
        new(id, expectedVersion, f.Name, f.Order, f.Match, f.FirstContact, f.Resolution, f.WarnAtPercent, f.CalendarId, f.EscalationLevels, f.Acknowledgement, f.Handoff);
}

internal sealed class UpdatePolicyValidator : PolicyFieldsValidator<UpdatePolicy>;

internal sealed class UpdatePolicyHandler(SlaDbContext db) : IRequestHandler<UpdatePolicy, Result<Versioned<PolicyResponse>>>
{
    public async Task<Result<Versioned<PolicyResponse>>> Handle(UpdatePolicy request, CancellationToken cancellationToken)
    {
        var found = await db.Policies.FindForUpdateAsync(p => p.Id == request.Id, request.ExpectedVersion, "SLA policy", request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var policy = found.Value;

        if (policy.Retired)
        {
            return Error.IllegalTransition("change", "Retired", []);
        }

        if (await request.CheckCalendarAsync(db, cancellationToken) is { } problem)
        {
            return problem;
        }

        policy.Change(request.ToTerms());
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<PolicyResponse>(PolicyResponse.From(policy), policy.Version);
    }
}

internal static class UpdatePolicyEndpoint
{
    public static void MapUpdatePolicy(this IEndpointRouteBuilder policies) =>
        policies.MapPut("/{id:guid}", async (Guid id, PolicyFields fields, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(UpdatePolicy.From(id, ETags.Parse(ifMatch), fields), cancellationToken))
                .ToHttp(updated => updated.ToOk(response)))
            .RequireAuthorization(SlaPermissions.Manage)
            .WithName("UpdateSlaPolicy")
            .WithSummary("Change an SLA policy (send If-Match)")
            .Produces<PolicyResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static void MapPatchPolicy(this IEndpointRouteBuilder policies) =>
        policies.MapMergePatch(id => new GetPolicy(id), FieldsOf, UpdatePolicy.From)
            .RequireAuthorization(SlaPermissions.Manage)
            .WithName("PatchSlaPolicy")
            .WithSummary("Change some of an SLA policy's terms (merge patch, send If-Match)");

    private static PolicyFields FieldsOf(PolicyResponse p) =>
        new(p.Name, p.Order, p.Match, p.FirstContact, p.Resolution, p.WarnAtPercent, p.CalendarId, p.EscalationLevels, p.Acknowledgement, p.Handoff);
}
