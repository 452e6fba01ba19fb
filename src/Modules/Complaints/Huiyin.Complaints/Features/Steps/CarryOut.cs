using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Features.Shared;
using MediatR;

namespace Huiyin.Complaints.Features.Steps;

/// <summary>The decided remedy was carried out: what was done.</summary>
internal sealed record CarryOut(string Outcome) : ComplaintStep;

internal sealed class CarryOutValidator : AbstractValidator<CarryOut>
{
    public CarryOutValidator()
    {
        RuleFor(x => x.Outcome).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class CarryOutHandler(ComplaintSteps steps) : IRequestHandler<CarryOut, Result<Versioned<ComplaintResponse>>>
{
    public Task<Result<Versioned<ComplaintResponse>>> Handle(CarryOut request, CancellationToken cancellationToken) =>
        steps.TakeAsync(request, complaint => complaint.CarryOut(request.Outcome.Trim()), cancellationToken);
}
