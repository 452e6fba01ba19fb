using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Security;
using Huiyin.BuildingBlocks.Tests.Outbox.Parcels;
using Huiyin.TestKit.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Huiyin.BuildingBlocks.Tests.Outbox;

/// <summary>A real database with the parcels module's tables, and "hosts" (service providers) to run against it.</summary>
public sealed class OutboxDatabase : IAsyncLifetime
{
    private PostgresServer? _server;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        ConnectionString = await _server.CreateDatabaseAsync("huiyin_outbox");
        await using var host = CreateHost(new FakeTimeProvider(), new DeliveryLog());
        await using var scope = host.CreateAsyncScope();
        var parcels = scope.ServiceProvider.GetRequiredService<ParcelDbContext>().Database;
        await parcels.EnsureCreatedAsync();
        await parcels.ExecuteSqlRawAsync(OutboxNotifyTrigger.CreateSql(ParcelDbContext.SchemaName));
    }

    /// <summary>A fresh process's worth of services; a new one stands for a restart.</summary>
    public ServiceProvider CreateHost(TimeProvider clock, DeliveryLog log, bool dispatcher = false, TimeSpan? pollInterval = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Outbox:DispatcherEnabled"] = dispatcher.ToString(),
            ["Outbox:PollInterval"] = (pollInterval ?? TimeSpan.FromMinutes(10)).ToString(),
            ["Outbox:BatchSize"] = "20",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(clock)
            .AddSingleton(log)
            .AddHuiyinDatabase(ConnectionString)
            .AddCurrentUser()
            .AddOutbox(configuration)
            .AddModuleDbContext<ParcelDbContext>(ParcelDbContext.SchemaName)
            .AddHandlersFrom(typeof(OutboxDatabase).Assembly)
            .AddIntegrationEventsFrom(typeof(OutboxDatabase).Assembly);
        return services.BuildServiceProvider();
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var truncate = new NpgsqlCommand("TRUNCATE parcels.parcels, parcels.receipts, parcels.outbox_messages, parcels.inbox_messages", connection);
        await truncate.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DropDatabaseAsync(ConnectionString);
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class OutboxCollection : ICollectionFixture<OutboxDatabase>
{
    public const string Name = "Outbox database";
}

internal static class DbContextQueries
{
    public static Task<int> CountReceiptsAsync(this ServiceProvider host) =>
        WithContext(host, db => db.Receipts.CountAsync());

    public static async Task<T> WithContext<T>(ServiceProvider host, Func<ParcelDbContext, Task<T>> query)
    {
        await using var scope = host.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ParcelDbContext>());
    }
}
