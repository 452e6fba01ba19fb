using Huiyin.BuildingBlocks.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Notifications.Tests;

/// <summary>
/// Another module sends <c>SendSms</c> from inside its own transaction: the message and its event are written in that
/// transaction, invisible until it commits, and gone if it rolls back.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class CallerTransactionTests(NotificationsApp app) : NotificationsTest(app)
{
    [Fact]
    public async Task The_message_commits_with_the_callers_change_and_is_delivered_only_after_the_commit()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var caller = CallerContext(scope);
        await using var transaction = await caller.Database.BeginTransactionAsync();

        var sent = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(SendSmsTests.Apology());

        Assert.True(sent.IsSuccess);
        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages"));
        await App.DeliverAsync();
        Assert.Empty(App.Sender.Sent);

        await transaction.CommitAsync();
        await App.DeliverAsync();

        Assert.Equal(sent.Value, Assert.Single(App.Sender.Sent).MessageId);
    }

    [Fact]
    public async Task A_rolled_back_caller_leaves_neither_the_message_nor_its_event()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await using var transaction = await CallerContext(scope).Database.BeginTransactionAsync();
            Assert.True((await scope.ServiceProvider.GetRequiredService<IMediator>().Send(SendSmsTests.Apology())).IsSuccess);
            await transaction.RollbackAsync();
        }

        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages"));
        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outbox_messages"));
    }

    /// <summary>Some other module's context, as a caller such as Tickets has in its unit of work.</summary>
    private static ModuleDbContext CallerContext(AsyncServiceScope scope)
    {
        var other = scope.ServiceProvider.GetServices<ModuleDatabase>().First(d => d.Schema != "notifications");
        return (ModuleDbContext)scope.ServiceProvider.GetRequiredService(other.ContextType);
    }
}
