using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Features.Shared;
using MediatR;

namespace Huiyin.Complaints.Features.Steps;

/// <summary>The handler proposes a remedy after the investigation, or a new one while the Manager has not decided.</summary>
internal sealed record ProposeRemedy(string Proposal) : ComplaintStep;

internal sealed class ProposeRemedyValidator : AbstractValidator<ProposeRemedy>
{
    public ProposeRemedyValidator()
    {
        RuleFor(x => x.Proposal).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class ProposeRemedyHandler(ComplaintSteps steps) : IRequestHandler<ProposeRemedy, Result<Versioned<ComplaintResponse>>>
{
    public Task<Result<Versioned<ComplaintResponse>>> Handle(ProposeRemedy request, CancellationToken cancellationToken) =>
        steps.TakeAsync(request, complaint => complaint.ProposeRemedy(request.Proposal.Trim()), cancellationToken);
}
