using Huiyin.BuildingBlocks.Messaging.UnitOfWork;
using Huiyin.BuildingBlocks.Tests.UnitOfWork.Shelves;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Huiyin.BuildingBlocks.Tests.UnitOfWork;

/// <summary>A command whose save finds the row changed since it read it runs again on the row as stored now.</summary>
[Collection(UnitOfWorkCollection.Name)]
public sealed class LostUpdateTests(UnitOfWorkDatabase database) : IAsyncLifetime
{
    private readonly Attempts _attempts = new();

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_command_that_lost_an_update_runs_again_and_its_joined_commands_read_afresh()
    {
        var (book, entry) = await BookAndEntryAsync();
        await using var host = database.CreateHost(_attempts, new ShelfCopy());

        var lent = await host.SendAsync(new LendBook(book, entry, ChangesMeanwhile: 1));

        Assert.Equal(1, lent.Value);
        Assert.Equal(2, _attempts.Of(nameof(LendBook)));
        Assert.Equal(1, await ScalarAsync<int>($"SELECT on_loan FROM shelf.books WHERE id = '{book}'"));
        Assert.Equal("登记+借出", await ScalarAsync<string>($"SELECT note FROM ledger.entries WHERE id = '{entry}'"));
    }

    [Fact]
    public async Task A_command_sent_with_the_version_it_read_is_stale_on_the_run_after_a_lost_update_and_saves_nothing()
    {
        var (book, entry) = await BookAndEntryAsync();
        var version = await ScalarAsync<uint>($"SELECT xmin FROM shelf.books WHERE id = '{book}'");
        await using var host = database.CreateHost(_attempts, new ShelfCopy());

        var lent = await host.SendAsync(new LendBook(book, entry, ChangesMeanwhile: 1, ExpectedVersion: version));

        Assert.Equal("stale", lent.Error.Code);
        Assert.Equal(1, _attempts.Of(nameof(LendBook)));
        await NothingSavedAsync(book, entry);
    }

    [Fact]
    public async Task A_command_losing_every_attempt_is_stale_after_the_last_and_saves_nothing()
    {
        var (book, entry) = await BookAndEntryAsync();
        await using var host = database.CreateHost(_attempts, new ShelfCopy());

        var lent = await host.SendAsync(new LendBook(book, entry, ChangesMeanwhile: int.MaxValue));

        Assert.Equal("stale", lent.Error.Code);
        Assert.Equal(LostUpdateRetry.MaxAttempts, _attempts.Of(nameof(LendBook)));
        await NothingSavedAsync(book, entry);
    }

    [Fact]
    public async Task An_event_handler_that_lost_an_update_runs_again_at_once_and_its_joined_commands_read_afresh()
    {
        var (book, entry) = await BookAndEntryAsync();
        await using var host = database.CreateHost(_attempts, new ShelfCopy());

        await host.PublishAsync(new BookLent(book, entry, ChangesMeanwhile: 1, DateTimeOffset.UtcNow));

        Assert.Equal(2, _attempts.Of(nameof(LendOnEvent)));
        Assert.Equal(1, await ScalarAsync<int>($"SELECT on_loan FROM shelf.books WHERE id = '{book}'"));
        Assert.Equal("登记+借出", await ScalarAsync<string>($"SELECT note FROM ledger.entries WHERE id = '{entry}'"));
        Assert.Equal(1, await database.CountAsync("shelf.inbox_messages"));
    }

    [Fact]
    public async Task An_event_handler_losing_every_attempt_saves_nothing_and_leaves_the_event_to_its_outbox()
    {
        var (book, entry) = await BookAndEntryAsync();
        await using var host = database.CreateHost(_attempts, new ShelfCopy());

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() =>
            host.PublishAsync(new BookLent(book, entry, ChangesMeanwhile: int.MaxValue, DateTimeOffset.UtcNow)));

        Assert.Equal(LostUpdateRetry.MaxAttempts, _attempts.Of(nameof(LendOnEvent)));
        await NothingSavedAsync(book, entry);
        Assert.Equal(0, await database.CountAsync("shelf.inbox_messages"));
    }

    private async Task NothingSavedAsync(Guid book, Guid entry)
    {
        Assert.Equal(0, await ScalarAsync<int>($"SELECT on_loan FROM shelf.books WHERE id = '{book}'"));
        Assert.Equal("登记", await ScalarAsync<string>($"SELECT note FROM ledger.entries WHERE id = '{entry}'"));
    }

    private async Task<(Guid Book, Guid Entry)> BookAndEntryAsync()
    {
        var (book, entry) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await ScalarAsync<int>($"""
            INSERT INTO shelf.books (id, title, on_loan) VALUES ('{book}', '围城', 0);
            INSERT INTO ledger.entries (id, note) VALUES ('{entry}', '登记');
            SELECT 0
            """);
        return (book, entry);
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is T typed ? typed : (T)Convert.ChangeType(value!, typeof(T));
    }
}
