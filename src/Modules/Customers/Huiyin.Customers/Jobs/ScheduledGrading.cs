using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Customers.Features.Grading;
using MediatR;

namespace Huiyin.Customers.Jobs;

/// <summary>
/// Job <c>customers:grading</c>, on 1 January and 1 July (按照15%、65%、20%的比例): proposes new tiers for a Manager to approve. January
/// ranks everyone; July grades only the customers without a tier. With nobody to grade there is nothing to propose, which is not a failure.
/// </summary>
internal sealed record ScheduledGrading : ICommand<Result>
{
    public const string JobId = "customers:grading";
    public const string Schedule = "0 0 1 1,7 *";
    public const int NewcomersMonth = 7;
}

internal sealed class ScheduledGradingHandler(GradingProposer proposer, DeskTime desk, TimeProvider clock) : IRequestHandler<ScheduledGrading, Result>
{
    public async Task<Result> Handle(ScheduledGrading request, CancellationToken cancellationToken)
    {
        var scope = desk.Today(clock).Month == ScheduledGrading.NewcomersMonth ? GradingScope.Newcomers : GradingScope.Everyone;
        var proposal = await proposer.ProposeAsync(scope, cancellationToken);
        return proposal.IsSuccess || proposal.Error.Code == "nothing_to_grade" ? Result.Success() : proposal.Error;
    }
}
