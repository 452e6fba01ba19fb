using Huiyin.Notifications.Persistence;
using Huiyin.Notifications.Tests.Webhooks;
using Huiyin.TestKit;
using Huiyin.Tickets.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Notifications.Tests.Restart;

[Collection(NotificationsCollection.Name)]
public sealed class HostKillTests(NotificationsApp app) : WebhookTest(app)
{
    private const int Delivered = 5;

    [Fact]
    public async Task A_host_killed_mid_delivery_leaves_nothing_lost_and_the_next_host_delivers_each_webhook_once()
    {
        await SubscribeAsync("ticket.closed");
        var inOutbox = Closings(20);
        var queued = Closings(20);
        await CommitToOutboxAsync(inOutbox);
        foreach (var closed in queued)
        {
            await RaiseAsync(closed);
        }

        for (var i = 0; i < Delivered; i++)
        {
            Receiver.AnswerNext(200);
        }

        Receiver.HoldNext();

        using (var first = HostProcess.Start(ChildSettings()))
        {
            await WithinAsync(Receiver.Holding, TimeSpan.FromSeconds(90), first);
            first.Kill();
        }

        Assert.Equal(Delivered, Receiver.Acknowledged.Count);
        Assert.True(await App.ScalarAsync<long>("SELECT count(*) FROM notifications.webhook_deliveries WHERE status = 'Pending'") > 0);

        using var second = HostProcess.Start(ChildSettings());
        var expected = inOutbox.Concat(queued).Select(e => $"msg_{e.Id:N}").ToHashSet();
        await WithinAsync(UntilAsync(() => expected.IsSubsetOf(Receiver.Acknowledged.Keys)), TimeSpan.FromSeconds(90), second);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few more passes of the dispatcher, which would send any delivery twice

        Assert.Equal(expected.Order(), Receiver.Acknowledged.Keys.Order());
        Assert.All(Receiver.Acknowledged.Values, times => Assert.Equal(1, times));
        Assert.Equal(expected.Count + 1, Receiver.Received.Count); // the one cut off by the kill came again
        Assert.Equal(expected.Count, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.webhook_deliveries WHERE status = 'Succeeded'"));
    }

    private static List<TicketClosed> Closings(int count) =>
        Enumerable.Range(0, count).Select(_ => new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow)).ToList();

    /// <summary>Events committed by their publisher and not yet dispatched: the in-process host's dispatcher is off.</summary>
    private async Task CommitToOutboxAsync(IEnumerable<TicketClosed> events)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        foreach (var closed in events)
        {
            db.Publish(closed);
        }

        await db.SaveChangesAsync();
    }

    private Dictionary<string, string> ChildSettings() => new()
    {
        ["ConnectionStrings:Huiyin"] = App.ConnectionString,
        ["Auth:SigningKey"] = HuiyinApp.SigningKey,
        ["Customers:EncryptionKey"] = HuiyinApp.CustomersEncryptionKey,
        ["Database:Migrate"] = "false",
        ["Hangfire:Enabled"] = "false",
        ["Outbox:PollInterval"] = "00:00:00.500",
        ["Webhooks:AllowPrivateTargets"] = "true",
        ["Webhooks:PollInterval"] = "00:00:00.200",
        ["Webhooks:Timeout"] = "00:00:05",
        ["Webhooks:LeaseMargin"] = "00:00:01",
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };

    private static async Task UntilAsync(Func<bool> condition)
    {
        while (!condition())
        {
            await Task.Delay(100);
        }
    }

    private static async Task WithinAsync(Task task, TimeSpan limit, HostProcess host)
    {
        if (await Task.WhenAny(task, Task.Delay(limit)) != task)
        {
            Assert.Fail($"Not done within {limit.TotalSeconds} s. The host said:\n{host.Output}");
        }
    }
}
