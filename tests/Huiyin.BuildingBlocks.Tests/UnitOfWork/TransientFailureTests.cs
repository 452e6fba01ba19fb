using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Tests.UnitOfWork.Shelves;
using Npgsql;

namespace Huiyin.BuildingBlocks.Tests.UnitOfWork;

/// <summary>The bounded re-run of a request after the database was away or busy for a moment.</summary>
[Collection(UnitOfWorkCollection.Name)]
public sealed class TransientFailureTests(UnitOfWorkDatabase database) : IAsyncLifetime
{
    private readonly Attempts _attempts = new();

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(PostgresErrorCodes.AdminShutdown)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    [InlineData(PostgresErrorCodes.DeadlockDetected)]
    [InlineData(PostgresErrorCodes.TooManyConnections)]
    [InlineData(PostgresErrorCodes.CannotConnectNow)]
    public async Task A_command_that_meets_a_transient_failure_runs_again_and_saves_once(string sqlState)
    {
        await using var host = database.CreateHost(_attempts, new ShelfCopy());

        var shelved = await host.SendAsync(new ShelveBookFlakily("再来", sqlState, Failures: 2));

        Assert.True(shelved.IsSuccess);
        Assert.Equal(3, _attempts.Of(nameof(ShelveBookFlakily)));
        Assert.Equal(1, await database.CountAsync("shelf.books"));
    }

    [Fact]
    public async Task A_command_still_failing_after_the_last_attempt_hands_the_failure_on_and_saves_nothing()
    {
        await using var host = database.CreateHost(_attempts, new ShelfCopy(), maxAttempts: 3);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            host.SendAsync(new ShelveBookFlakily("放弃", PostgresErrorCodes.SerializationFailure, Failures: 10)));

        Assert.True(TransientDatabaseFailure.Is(failure));
        Assert.Equal(3, _attempts.Of(nameof(ShelveBookFlakily)));
        Assert.Equal(0, await database.CountAsync("shelf.books"));
    }

    [Fact]
    public async Task A_failure_that_is_not_transient_is_not_run_again()
    {
        await using var host = database.CreateHost(_attempts, new ShelfCopy());

        await Assert.ThrowsAsync<PostgresException>(() =>
            host.SendAsync(new ShelveBookFlakily("语法", PostgresErrorCodes.CheckViolation, Failures: 1)));

        Assert.Equal(1, _attempts.Of(nameof(ShelveBookFlakily)));
    }

    [Fact]
    public async Task A_query_on_its_own_runs_again_after_a_transient_failure()
    {
        await using var host = database.CreateHost(_attempts, new ShelfCopy());
        await host.SendAsync(new PostEntry("一条"));

        Assert.Equal(1, await host.SendAsync(new CountEntriesFlakily(PostgresErrorCodes.DeadlockDetected, Failures: 1)));
        Assert.Equal(2, _attempts.Of(nameof(CountEntriesFlakily)));
    }

    [Fact]
    public void Broken_connections_and_lost_races_are_transient_and_mistakes_are_not()
    {
        Assert.True(TransientDatabaseFailure.Is(new NpgsqlException("Exception while reading from stream", new IOException("reset"))));
        Assert.True(TransientDatabaseFailure.Is(new InvalidOperationException("wrapped", new NpgsqlException("refused", new System.Net.Sockets.SocketException()))));
        Assert.False(TransientDatabaseFailure.Is(new NpgsqlException("bad connection string")));
        Assert.False(TransientDatabaseFailure.Is(new InvalidOperationException("a bug")));
    }
}
