using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Complaints.Features.Shared;
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

internal sealed class DecideRemedyHandler(ComplaintSteps steps, ICurrentUser user) : IRequestHandler<DecideRemedy, Result<Versioned<ComplaintResponse>>>
{
    public Task<Result<Versioned<ComplaintResponse>>> Handle(DecideRemedy request, CancellationToken cancellationToken) =>
        steps.TakeAsync(request, complaint => complaint.DecideRemedy(request.Remedy.Trim(), request.ResponsibleDepartment.Trim(), user.IsApiClient ? null : user.Id), cancellationToken);
}
