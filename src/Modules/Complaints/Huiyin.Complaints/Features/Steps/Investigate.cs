using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using MediatR;

namespace Huiyin.Complaints.Features.Steps;

/// <summary>The investigation (the same day): the findings, the validity (S0) with its reason, and the root cause from the maintained list.</summary>
internal sealed record Investigate(
    string Findings,
    [property: JsonRequired] ComplaintValidity Validity,
    string ValidityReason,
    [property: JsonRequired] RootCause RootCause) : ComplaintStep
{
    public override IEnumerable<(string Name, string? Value)> Words() =>
        [("findings", Findings), ("validity", Validity.ToString()), ("validityReason", ValidityReason), ("rootCause", RootCause.ToString())];
}

internal sealed class InvestigateValidator : AbstractValidator<Investigate>
{
    public InvestigateValidator()
    {
        RuleFor(x => x.Findings).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.Validity).IsInEnum().NotEqual(ComplaintValidity.Undetermined)
            .WithMessage("Say whether the complaint is Effective, HelpSeeking or Enquiry.").WithErrorCode("validity_required");
        RuleFor(x => x.ValidityReason).NotEmpty().MaximumLength(500);
        RuleFor(x => x.RootCause).IsInEnum();
    }
}

internal sealed class InvestigateHandler(ComplaintsDbContext db, ComplaintSteps steps, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Investigate, Result<Versioned<ComplaintResponse>>>
{
    public Task<Result<Versioned<ComplaintResponse>>> Handle(Investigate request, CancellationToken cancellationToken) =>
        steps.TakeAsync(request, async complaint =>
        {
            var investigatedBy = user.IsApiClient ? null : user.Id;
            var investigated = complaint.Investigate(new Investigation(
                request.Findings.Trim(), request.Validity, request.ValidityReason.Trim(), request.RootCause, investigatedBy));
            if (investigated.IsFailure)
            {
                return investigated;
            }

            db.Publish(new ComplaintValidityDetermined(complaint.Id.Value, complaint.Number, complaint.Validity.ToString(), complaint.ValidityReason!,
                complaint.CountsAgainstStaff, request.RootCause.ToString(), complaint.TargetStaffId, complaint.TargetDepartment, investigatedBy,
                user.Actor, clock.GetUtcNow(), complaint.Place));
            return await steps.InvestigatedAsync(complaint, cancellationToken);
        }, cancellationToken);
}
