using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Sla.Contracts;
using MediatR;

namespace Huiyin.Complaints.Features.Steps;

/// <summary>The Manager decides the remedy and the department responsible for carrying it out.</summary>
internal sealed record DecideRemedy(string Remedy, string ResponsibleDepartment) : ComplaintStep
{
    public override IEnumerable<(string Name, string? Value)> Words() => [("remedy", Remedy), ("responsibleDepartment", ResponsibleDepartment)];
}

internal sealed class DecideRemedyValidator : AbstractValidator<DecideRemedy>
{
    public DecideRemedyValidator()
    {
        RuleFor(x => x.Remedy).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.ResponsibleDepartment).NotEmpty().MaximumLength(100);
    }
}

/// <summary>The complaint reaches the department that carries the remedy out, which meets the hand-off clock if it still runs.</summary>
internal sealed class DecideRemedyHandler(ComplaintSteps steps, ComplaintClocks clocks, ICurrentUser user) : IRequestHandler<DecideRemedy, Result<Versioned<ComplaintResponse>>>
{
    public Task<Result<Versioned<ComplaintResponse>>> Handle(DecideRemedy request, CancellationToken cancellationToken) =>
        steps.TakeAsync(request, async complaint =>
            complaint.DecideRemedy(request.Remedy.Trim(), request.ResponsibleDepartment.Trim(), user.IsApiClient ? null : user.Id) is { IsFailure: true } refused
                ? refused
                : await clocks.FulfilAsync(complaint, SlaMetric.Handoff, "remedy's department decided", cancellationToken), cancellationToken);
}
