using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Persistence;
using Huiyin.Organization.Contracts;
using Huiyin.Notifications.Tests.Caller;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Notifications.Tests;

/// <summary>
/// Another module sends <c>SendSms</c> from its own command: the message and its event are written in that command's
/// transaction, so they are committed, or rolled back, with the caller's change, and delivered only after the commit.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class CallerTransactionTests(NotificationsApp app) : NotificationsTest(app)
{
    [Fact]
    public async Task The_message_commits_with_the_callers_change_and_is_delivered_after_the_commit()
    {
        var logged = await App.SendAsync(new LogUnreachableCall(SendSmsTests.Apology()));

        Assert.True(logged.IsSuccess);
        Assert.Equal(1L, await App.ScalarAsync<long>("SELECT count(*) FROM caller_test.logged_calls"));
        Assert.Equal(1L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages WHERE status = 'Queued'"));
        await App.DeliverAsync();
        Assert.Single(App.Sender.Sent);
        Assert.Equal(1L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages WHERE status = 'Sent'"));
    }

    [Fact]
    public async Task A_caller_that_fails_afterwards_leaves_neither_its_change_nor_the_message_nor_its_event()
    {
        var logged = await App.SendAsync(new LogUnreachableCall(SendSmsTests.Apology(), FailAfterwards: true));

        Assert.Equal(ErrorKind.BusinessRule, logged.Error.Kind);
        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM caller_test.logged_calls"));
        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages"));
        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outbox_messages"));
    }

    [Fact]
    public async Task A_rejected_message_does_not_spoil_the_callers_change()
    {
        var logged = await App.SendAsync(new LogUnreachableCall(SendSmsTests.Apology(phone: "12345")));

        Assert.True(logged.IsSuccess);
        Assert.Equal(1L, await App.ScalarAsync<long>("SELECT count(*) FROM caller_test.logged_calls"));
        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages"));
    }

    [Fact]
    public async Task Another_module_asked_from_inside_a_command_reads_what_the_command_has_written_so_far()
    {
        var roles = await App.SendAsync(new ProvisionAndReadBack("read-back"));

        Assert.True(roles.IsSuccess);
        Assert.Equal([StaffRole.Technician], roles.Value);
    }

    [Fact]
    public async Task Every_lease_of_a_pooled_context_saves_without_a_savepoint_of_its_own()
    {
        for (var lease = 0; lease < 2; lease++)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            Assert.False(db.Database.AutoSavepointsEnabled);
            db.Database.AutoSavepointsEnabled = true; // a lease that changes it must not hand the change on to the next
        }
    }

    [Fact]
    public async Task Having_joined_the_callers_transaction_the_module_works_on_a_connection_of_its_own_again()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var logged = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new LogUnreachableCall(SendSmsTests.Apology()));

        Assert.True(logged.IsSuccess);
        // Contexts are pooled: one still holding the caller's connection would share it with whoever leases them next.
        var caller = scope.ServiceProvider.GetRequiredService<CallerDbContext>().Database.GetDbConnection();
        var notifications = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database.GetDbConnection();
        Assert.NotSame(caller, notifications);
    }
}
