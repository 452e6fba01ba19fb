using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using MediatR;

namespace Huiyin.Complaints.Features.Steps;

/// <summary>
/// The customer's answer to the remedy carried out: accepted, the complaint is resolved and its resolution clock stops;
/// not accepted (with what the customer said), it goes back to RemedyProposed.
/// </summary>
internal sealed record Confirm([property: JsonRequired] bool Accepted, string? Feedback = null) : ComplaintStep
{
    public override IEnumerable<(string Name, string? Value)> Words() => [("accepted", Accepted ? "true" : "false"), ("feedback", Feedback)];
}

internal sealed class ConfirmValidator : AbstractValidator<Confirm>
{
    public ConfirmValidator()
    {
        RuleFor(x => x.Feedback).MaximumLength(1000);
        RuleFor(x => x.Feedback).NotEmpty().When(x => !x.Accepted)
            .WithMessage("Record what the customer said when they did not accept the remedy.").WithErrorCode("feedback_required");
    }
}

internal sealed class ConfirmHandler(ComplaintsDbContext db, ComplaintSteps steps, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Confirm, Result<Versioned<ComplaintResponse>>>
{
    public Task<Result<Versioned<ComplaintResponse>>> Handle(Confirm request, CancellationToken cancellationToken) =>
        steps.TakeAsync(request, async complaint =>
        {
            var now = clock.GetUtcNow();
            var confirmed = complaint.Confirm(request.Accepted, request.Feedback?.Trim(), now);
            if (confirmed.IsFailure || !request.Accepted)
            {
                return confirmed;
            }

            db.Publish(new ComplaintResolved(complaint.Id.Value, complaint.Number, complaint.CustomerId, complaint.InvestigatedById,
                complaint.TargetStaffId, complaint.TargetDepartment, complaint.ResponsibleDepartment, complaint.Validity.ToString(), user.Actor, now, complaint.Place));
            return await steps.StopResolutionClockAsync(complaint, cancellationToken);
        }, cancellationToken);
}
