using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.BuildingBlocks.Messaging.UnitOfWork;

/// <summary>
/// The policy of commands marked <see cref="IRetriedOnOutdatedCopy"/> (docs/decisions/0008): a write the database refuses
/// because it relied on an outdated in-memory copy has every copy forget itself; the command that owns the transaction
/// then runs once more from the start, and a second refusal (the data changed again meanwhile) is a 409.
/// </summary>
internal sealed class OutdatedCopyRetry(IEnumerable<IInMemoryCopy> copies)
{
    /// <summary>Runs <paramref name="attempt"/>, and once more on fresh copies if the database refused an outdated one.</summary>
    public async Task<TResponse> RunAsync<TResponse>(Func<Task<TResponse>> attempt)
    {
        try
        {
            return await attempt();
        }
        catch (Exception e) when (IsOutdatedCopy(e))
        {
            ForgetCopies();
        }

        try
        {
            return await attempt();
        }
        catch (Exception e) when (IsOutdatedCopy(e) && FailedResult.CanRepresent(typeof(TResponse)))
        {
            ForgetCopies();
            return FailedResult.Of<TResponse>(Error.Conflict("changed_meanwhile",
                "Settings this relies on were changed while it was being saved. Try again."));
        }
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> in a transaction that is not its own: it cannot run again, but the copies forget
    /// themselves, so whoever runs the work again (the caller, the outbox redelivering an event) uses fresh ones.
    /// </summary>
    public async Task<TResponse> ForgetOnRefusalAsync<TResponse>(Func<Task<TResponse>> attempt)
    {
        try
        {
            return await attempt();
        }
        catch (Exception e) when (IsOutdatedCopy(e))
        {
            ForgetCopies();
            throw;
        }
    }

    private static bool IsOutdatedCopy(Exception e) =>
        (e as Npgsql.PostgresException ?? e.InnerException as Npgsql.PostgresException)?.SqlState == IInMemoryCopy.OutdatedCopySqlState;

    private void ForgetCopies()
    {
        foreach (var copy in copies)
        {
            copy.Forget();
        }
    }
}
