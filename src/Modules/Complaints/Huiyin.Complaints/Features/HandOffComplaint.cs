using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Complaints.Features;

/// <summary>
/// Logs the desk's call that handed the complaint to the team that handles it (受理人须在1小时内与涉及部门取得电话联系): it has reached
/// its handler, which meets the hand-off clock as the remedy's responsible department being decided does. 409 on a closed complaint.
/// </summary>
internal sealed record HandOffComplaint(Guid TeamId, string Note) : ComplaintStep
{
    public override bool IsHandlingStep() => false;
}

internal sealed class HandOffComplaintValidator : AbstractValidator<HandOffComplaint>
{
    public HandOffComplaintValidator()
    {
        RuleFor(x => x.TeamId).NotEmpty();
        RuleFor(x => x.Note).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class HandOffComplaintHandler(ComplaintSteps steps, ComplaintClocks clocks, ComplaintJournal journal, IMediator mediator)
    : IRequestHandler<HandOffComplaint, Result<Versioned<ComplaintResponse>>>
{
    public async Task<Result<Versioned<ComplaintResponse>>> Handle(HandOffComplaint request, CancellationToken cancellationToken) =>
        !await mediator.Send(new TeamExists(request.TeamId), cancellationToken)
            ? Error.Validation("unknown_team", "teamId", "There is no such team.")
            : await steps.TakeAsync(request, async complaint =>
        {
            if (complaint.HandOff() is { IsFailure: true } closed)
            {
                return closed;
            }

            journal.Record(complaint.Id, ComplaintTimelineKind.HandedOff, TimelineNotes.HandedOff(request.TeamId, request.Note.Trim()));
            return await clocks.FulfilAsync(complaint, SlaMetric.Handoff, "handed off by phone", cancellationToken);
        }, cancellationToken);
}

internal static class HandOffComplaintEndpoint
{
    public static void MapHandOffComplaint(this IEndpointRouteBuilder complaints) =>
        complaints.MapPost("/{id:guid}/hand-off", async (Guid id, HandOffComplaint body, [FromHeader(Name = "If-Match")] string? ifMatch,
                    HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body.On(id, ifMatch), cancellationToken)).ToHttp(handedOff => handedOff.ToOk(response)))
            .RequireAuthorization(ComplaintsPermissions.Handle)
            .WithName("HandOffComplaint")
            .WithSummary("Log the call that handed the complaint to the team that handles it (meets the hand-off clock)")
            .WithDescription("`teamId` and `note` are required. 409 on a closed complaint. Honours `If-Match` when sent.")
            .Produces<ComplaintResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
