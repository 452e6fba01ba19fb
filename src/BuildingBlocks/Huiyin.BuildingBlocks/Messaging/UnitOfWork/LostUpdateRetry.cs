using Huiyin.BuildingBlocks.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huiyin.BuildingBlocks.Messaging.UnitOfWork;

/// <summary>
/// A lost update (a row changed between the command's read and its save, docs/decisions/0026) runs the whole command
/// again on what is stored now, up to <see cref="MaxAttempts"/> times. The re-run checks everything afresh: a caller who
/// sent <c>If-Match</c> meets that check on the new version (a 412), one who did not has the change applied to the row as
/// it now is, if the rules still allow it. Still losing after the last attempt: a 412, or the exception where the work returns
/// no <see cref="Result"/> (a start-up task's batch).
/// </summary>
public sealed class LostUpdateRetry(ILogger<LostUpdateRetry> logger)
{
    public const int MaxAttempts = 3;

    public async Task<TResponse> RunAsync<TResponse>(string requestName, Func<Task<TResponse>> attempt)
    {
        for (var attempted = 1; ; attempted++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateConcurrencyException) when (attempted < MaxAttempts)
            {
                logger.LogInformation("{Request} lost an update to a concurrent change; attempt {Attempt} reads it again", requestName, attempted + 1);
            }
            catch (DbUpdateConcurrencyException) when (FailedResult.CanRepresent(typeof(TResponse)))
            {
                return FailedResult.Of<TResponse>(Error.Stale());
            }
        }
    }
}
