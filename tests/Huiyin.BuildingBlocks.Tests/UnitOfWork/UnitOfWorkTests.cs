using Huiyin.BuildingBlocks.Tests.UnitOfWork.Shelves;
using Npgsql;

namespace Huiyin.BuildingBlocks.Tests.UnitOfWork;

/// <summary>Each route of the unit of work against a real database, through the mediator as modules use it.</summary>
[Collection(UnitOfWorkCollection.Name)]
public sealed class UnitOfWorkTests(UnitOfWorkDatabase database) : IAsyncLifetime
{
    private readonly Attempts _attempts = new();
    private readonly ShelfCopy _copy = new();

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Own_transaction_commits_a_successful_command_and_keeps_nothing_of_a_failed_one()
    {
        await using var host = database.CreateHost(_attempts, _copy);

        Assert.True((await host.SendAsync(new ShelveBook("留下"))).IsSuccess);
        Assert.True((await host.SendAsync(new ShelveBook("退回", FailAfterwards: true))).IsFailure);

        Assert.Equal(1, await database.CountAsync("shelf.books"));
    }

    [Fact]
    public async Task A_joined_command_commits_with_its_caller_and_a_query_in_the_callers_transaction_sees_it_uncommitted()
    {
        await using var host = database.CreateHost(_attempts, _copy);

        var shelved = await host.SendAsync(new ShelveBook("账本", new PostEntry("入账")));

        Assert.True(shelved.Value.EntryPosted);
        Assert.Equal(1, shelved.Value.EntriesSeen);
        Assert.Equal(1, await database.CountAsync("shelf.books"));
        Assert.Equal(1, await database.CountAsync("ledger.entries"));
    }

    [Fact]
    public async Task A_caller_that_fails_after_a_joined_command_succeeded_takes_the_joined_rows_with_it()
    {
        await using var host = database.CreateHost(_attempts, _copy);

        var shelved = await host.SendAsync(new ShelveBook("回滚", new PostEntry("不该留下", SaveEarly: true), FailAfterwards: true));

        Assert.True(shelved.IsFailure);
        Assert.Equal(0, await database.CountAsync("shelf.books"));
        Assert.Equal(0, await database.CountAsync("ledger.entries"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_joined_command_that_fails_leaves_nothing_of_its_own_and_its_caller_carries_on(bool savedEarly)
    {
        await using var host = database.CreateHost(_attempts, _copy);

        var shelved = await host.SendAsync(new ShelveBook("照常", new PostEntry("被拒", SaveEarly: savedEarly, Refuse: true)));

        Assert.False(shelved.Value.EntryPosted);
        Assert.Equal(0, shelved.Value.EntriesSeen);
        Assert.Equal(1, await database.CountAsync("shelf.books"));
        Assert.Equal(0, await database.CountAsync("ledger.entries"));
    }

    [Fact]
    public async Task A_query_on_its_own_reads_committed_rows_outside_any_transaction()
    {
        await using var host = database.CreateHost(_attempts, _copy);
        await host.SendAsync(new PostEntry("已提交"));

        Assert.Equal(1, await host.SendAsync(new CountEntries()));
    }

    [Fact]
    public async Task A_command_sent_from_an_event_handler_joins_the_handlers_transaction()
    {
        await using var host = database.CreateHost(_attempts, _copy);

        await host.PublishAsync(new BookShelved(Guid.NewGuid(), "成功", FailAfterPosting: false, DateTimeOffset.UtcNow));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.PublishAsync(new BookShelved(Guid.NewGuid(), "失败", FailAfterPosting: true, DateTimeOffset.UtcNow)));

        Assert.Equal(1, await database.CountAsync("ledger.entries"));
        Assert.Equal(1, await database.CountAsync("shelf.inbox_messages"));
    }

    [Fact]
    public async Task A_command_marked_retried_on_outdated_copy_runs_again_on_fresh_copies_and_saves_once()
    {
        await using var host = database.CreateHost(_attempts, _copy);

        var shelved = await host.SendAsync(new ShelveFromCopyRetried("新副本"));

        Assert.True(shelved.IsSuccess);
        Assert.Equal(2, _attempts.Of(nameof(ShelveFromCopyHandler)));
        Assert.Equal(1, _copy.Forgotten);
        Assert.Equal(1, await database.CountAsync("shelf.books"));
    }

    [Fact]
    public async Task A_command_not_marked_is_not_run_again_when_the_database_refuses_an_outdated_copy()
    {
        await using var host = database.CreateHost(_attempts, _copy);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => host.SendAsync(new ShelveFromCopy("旧副本")));

        Assert.Equal("ZH001", refused.SqlState);
        Assert.Equal(1, _attempts.Of(nameof(ShelveFromCopyHandler)));
        Assert.Equal(0, _copy.Forgotten);
        Assert.Equal(0, await database.CountAsync("shelf.books"));
    }

    [Fact]
    public async Task A_joined_command_refused_for_an_outdated_copy_has_the_copies_forget_themselves_for_whoever_runs_the_work_again()
    {
        await using var host = database.CreateHost(_attempts, _copy);

        await Assert.ThrowsAsync<PostgresException>(() => host.SendAsync(new ShelveBook("连带", new PostEntry("旧", OutdatedCopy: true))));

        Assert.Equal(1, _copy.Forgotten);
        Assert.Equal(0, await database.CountAsync("shelf.books"));
        Assert.Equal(0, await database.CountAsync("ledger.entries"));
    }
}
