using Npgsql;

namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>
/// Failures that say the database was away or busy for a moment, not that the request was wrong: the server shutting
/// down or starting up, too many connections, a broken connection, a serialization failure or a deadlock. Running the
/// same work again a little later can succeed.
/// </summary>
public static class TransientDatabaseFailure
{
    /// <summary>SQLSTATE class 08: connection exceptions.</summary>
    private const string ConnectionExceptionClass = "08";

    private static readonly HashSet<string> TransientStates =
    [
        PostgresErrorCodes.AdminShutdown,
        PostgresErrorCodes.CrashShutdown,
        PostgresErrorCodes.CannotConnectNow,
        PostgresErrorCodes.TooManyConnections,
        PostgresErrorCodes.SerializationFailure,
        PostgresErrorCodes.DeadlockDetected,
    ];

    public static bool Is(Exception exception) => FindPostgres(exception) is { } postgres
        ? TransientStates.Contains(postgres.SqlState) || postgres.SqlState.StartsWith(ConnectionExceptionClass, StringComparison.Ordinal)
        : Chain(exception).Any(e => e is NpgsqlException { IsTransient: true });

    /// <summary>Whether the server itself went away (rather than a transaction lost a race): pooled idle connections are then dead too.</summary>
    public static bool LostTheServer(Exception exception) =>
        Is(exception) && FindPostgres(exception)?.SqlState is not (PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected);

    private static PostgresException? FindPostgres(Exception exception) => Chain(exception).OfType<PostgresException>().FirstOrDefault();

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
