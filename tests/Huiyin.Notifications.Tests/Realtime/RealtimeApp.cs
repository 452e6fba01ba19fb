using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Notifications.Persistence;
using Huiyin.TestKit;
using Huiyin.TestKit.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Notifications.Tests.Realtime;

/// <summary>
/// The host on Kestrel (a real socket for SignalR clients) with its outbox dispatcher running, as in production, and a
/// Redis of its own for the pushes between this host and a replica.
/// </summary>
public sealed class RealtimeApp : HuiyinApp
{
    public RealtimeApp() => UseKestrel(0);

    public RedisServer Redis { get; private set; } = null!;

    public Uri Address => CreateClient().BaseAddress!;

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings)
        {
            ["Hangfire:Enabled"] = "false",
            ["Webhooks:DispatcherEnabled"] = "false",
            ["Redis:ConnectionString"] = Redis.ConnectionString,
        };

    /// <summary>Redis has to listen before the host starts, and the host starts once its database is ready.</summary>
    protected override async Task<PostgresServer> StartServerAsync()
    {
        Redis = await RedisServer.StartAsync();
        return await base.StartServerAsync();
    }

    /// <summary>Commits an event to an outbox, as its publishing module does with its change; the host's dispatcher takes it from there.</summary>
    public async Task RaiseAsync(IntegrationEvent integrationEvent)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        db.Publish(integrationEvent);
        await db.SaveChangesAsync();
    }

    public static string TokenOf(HttpClient client) => client.DefaultRequestHeaders.Authorization!.Parameter!;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }
    }
}
