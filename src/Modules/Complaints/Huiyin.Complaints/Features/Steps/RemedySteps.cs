using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Features.Shared;
using MediatR;

namespace Huiyin.Complaints.Features.Steps;

/// <summary>The handler proposes a remedy after the investigation, or a new one while the Manager has not decided.</summary>
internal sealed record ProposeRemedy(string Proposal) : ComplaintStep
{
    public override IEnumerable<(string Name, string? Value)> Words() => [("proposal", Proposal)];
}

/// <summary>The decided remedy was carried out: what was done.</summary>
internal sealed record CarryOut(string WorkDone) : ComplaintStep
{
    public override IEnumerable<(string Name, string? Value)> Words() => [("workDone", WorkDone)];
}

internal sealed class ProposeRemedyValidator : AbstractValidator<ProposeRemedy>
{
    public ProposeRemedyValidator()
    {
        RuleFor(x => x.Proposal).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class CarryOutValidator : AbstractValidator<CarryOut>
{
    public CarryOutValidator()
    {
        RuleFor(x => x.WorkDone).NotEmpty().MaximumLength(2000);
    }
}

/// <summary>The handler's own steps on the remedy: each records a text and moves the complaint on.</summary>
internal sealed class RemedyStepsHandler(ComplaintSteps steps)
    : IRequestHandler<ProposeRemedy, Result<Versioned<ComplaintResponse>>>, IRequestHandler<CarryOut, Result<Versioned<ComplaintResponse>>>
{
    public Task<Result<Versioned<ComplaintResponse>>> Handle(ProposeRemedy request, CancellationToken cancellationToken) =>
        steps.TakeAsync(request, complaint => complaint.ProposeRemedy(request.Proposal.Trim()), cancellationToken);

    public Task<Result<Versioned<ComplaintResponse>>> Handle(CarryOut request, CancellationToken cancellationToken) =>
        steps.TakeAsync(request, complaint => complaint.CarryOut(request.WorkDone.Trim()), cancellationToken);
}
