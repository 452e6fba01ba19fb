using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Features.Grading;
using MediatR;

namespace Huiyin.Customers.Jobs;

/// <summary>
/// Job <c>customers:grading</c>, on 1 January and 1 July (按照15%、65%、20%的比例): proposes new tiers for a Manager to
/// approve. With no scored organisation there is nothing to propose, which is not a failure.
/// </summary>
internal sealed record ScheduledGrading : ICommand<Result>
{
    public const string JobId = "customers:grading";
    public const string Schedule = "0 0 1 1,7 *";
}

internal sealed class ScheduledGradingHandler(GradingProposer proposer) : IRequestHandler<ScheduledGrading, Result>
{
    public async Task<Result> Handle(ScheduledGrading request, CancellationToken cancellationToken)
    {
        var proposal = await proposer.ProposeAsync(cancellationToken);
        return proposal.IsSuccess || proposal.Error.Code == "nothing_to_grade" ? Result.Success() : proposal.Error;
    }
}
