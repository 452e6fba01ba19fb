using System.Diagnostics;
using MediatR;

namespace Huiyin.Sla.Jobs;

/// <summary>
/// The recurring job <c>sla:sweep</c> (every 10 seconds): sends sweep batches, each its own transaction,
/// until nothing more is due or its time slice is used up, so that a burst of deadlines drains quickly
/// without one long transaction.
/// </summary>
internal sealed class SlaSweepJob(IMediator mediator)
{
    public const string JobId = "sla:sweep";
    public const string EveryTenSeconds = "*/10 * * * * *";
    public const int BatchSize = 500;

    private static readonly TimeSpan TimeSlice = TimeSpan.FromSeconds(8);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < TimeSlice)
        {
            var claimed = await mediator.Send(new SweepDueClocks(BatchSize), cancellationToken);
            if (claimed.IsFailure)
            {
                throw new InvalidOperationException($"The SLA sweep failed: {claimed.Error.Message}");
            }

            if (claimed.Value < BatchSize)
            {
                return;
            }
        }
    }
}
