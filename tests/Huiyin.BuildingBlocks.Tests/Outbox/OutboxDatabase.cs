using System.Globalization;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.BuildingBlocks.Tests.Outbox.Parcels;
using Huiyin.TestKit.Postgres;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Huiyin.BuildingBlocks.Tests.Outbox;

/// <summary>
/// A real database with the parcels module's tables, a second module's outbox beside it (<see cref="LockersSchema"/>), and
/// "hosts" (service providers) to run against it.
/// </summary>
public sealed class OutboxDatabase : IAsyncLifetime
{
    /// <summary>Another module's outbox, for what the dispatcher does across outboxes; it holds parcel events moved into it.</summary>
    public const string LockersSchema = "lockers";

    public const int BatchSize = 20;

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
        await parcels.ExecuteSqlRawAsync(
            $"CREATE SCHEMA {LockersSchema}; CREATE TABLE {LockersSchema}.outbox_messages (LIKE parcels.outbox_messages INCLUDING ALL)");
    }

    /// <summary>A fresh process's worth of services; a new one stands for a restart.</summary>
    public ServiceProvider CreateHost(TimeProvider clock, DeliveryLog log, bool dispatcher = false, TimeSpan? pollInterval = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Outbox:DispatcherEnabled"] = dispatcher.ToString(),
            ["Outbox:PollInterval"] = (pollInterval ?? TimeSpan.FromMinutes(10)).ToString(),
            ["Outbox:BatchSize"] = BatchSize.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(clock)
            .AddSingleton(log)
            .AddHuiyinDatabase(ConnectionString)
            .AddCurrentUser()
            .AddOutbox(configuration)
            .AddModuleDbContext<ParcelDbContext>(ParcelDbContext.SchemaName)
            .AddSingleton(new ModuleDatabase(typeof(ParcelDbContext), LockersSchema))
            .AddHandlersFrom(typeof(OutboxDatabase).Assembly)
            .AddIntegrationEventsFrom(typeof(OutboxDatabase).Assembly);
        return services.BuildServiceProvider();
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var truncate = new NpgsqlCommand($"TRUNCATE parcels.parcels, parcels.receipts, parcels.outbox_messages, parcels.inbox_messages, {LockersSchema}.outbox_messages", connection);
        await truncate.ExecuteNonQueryAsync();
    }

    /// <summary>Moves everything in the parcels outbox to the lockers outbox, as if the lockers module had written it.</summary>
    public Task MoveOutboxToLockersAsync() => ScalarAsync<int>($"""
        WITH moved AS (DELETE FROM parcels.outbox_messages RETURNING *),
             inserted AS (INSERT INTO {LockersSchema}.outbox_messages SELECT * FROM moved RETURNING 1)
        SELECT count(*)::int FROM inserted
        """);

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
    public static async Task<Result<Guid>> SendAsync(this ServiceProvider host, RegisterParcel command)
    {
        await using var scope = host.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    public static Task<int> CountReceiptsAsync(this ServiceProvider host) =>
        WithContext(host, db => db.Receipts.CountAsync());

    public static async Task<T> WithContext<T>(ServiceProvider host, Func<ParcelDbContext, Task<T>> query)
    {
        await using var scope = host.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ParcelDbContext>());
    }
}
