using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Complaints.Features;

/// <summary>The handler raises the severity with a reason; lowering it below the rule's is refused (422), so is not raising it.</summary>
internal sealed record RaiseSeverity([property: JsonRequired] ComplaintSeverity Severity, string Reason) : ComplaintStep, IRetriedOnOutdatedCopy
{
    public override bool IsHandlingStep() => false;
}

internal sealed class RaiseSeverityValidator : AbstractValidator<RaiseSeverity>
{
    public RaiseSeverityValidator()
    {
        RuleFor(x => x.Severity).IsInEnum();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class RaiseSeverityHandler(ComplaintSteps steps, SeverityRaises raises) : IRequestHandler<RaiseSeverity, Result<Versioned<ComplaintResponse>>>
{
    public Task<Result<Versioned<ComplaintResponse>>> Handle(RaiseSeverity request, CancellationToken cancellationToken) =>
        steps.TakeAsync(request, complaint => raises.RaiseAsync(complaint, request.Severity, SeverityRaiseCause.Handler, request.Reason.Trim(), cancellationToken),
            cancellationToken);
}

internal static class RaiseSeverityEndpoint
{
    public static void MapRaiseSeverity(this IEndpointRouteBuilder complaints) =>
        complaints.MapPost("/{id:guid}/severity", async (Guid id, RaiseSeverity body, [FromHeader(Name = "If-Match")] string? ifMatch,
                    HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body.On(id, ifMatch), cancellationToken)).ToHttp(raised => raised.ToOk(response)))
            .RequireAuthorization(ComplaintsPermissions.Handle)
            .WithName("RaiseComplaintSeverity")
            .WithSummary("Raise a complaint's severity, with a reason")
            .WithDescription("Raise only: a severity below the one the facts call for is refused with 422 `severity_below_rule`, one not above the current severity with 422 `severity_not_raised`. The owner role follows the new severity, and the running deadlines restart under the stricter policy (breaches stay on record). Honours `If-Match` when sent.")
            .Produces<ComplaintResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
