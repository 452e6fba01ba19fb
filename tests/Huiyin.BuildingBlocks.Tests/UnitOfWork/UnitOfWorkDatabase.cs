using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Security;
using Huiyin.BuildingBlocks.Tests.UnitOfWork.Shelves;
using Huiyin.TestKit.Postgres;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huiyin.BuildingBlocks.Tests.UnitOfWork;

/// <summary>A real database with the Shelf and Ledger modules' tables, and hosts (service providers) to run against it.</summary>
public sealed class UnitOfWorkDatabase : IAsyncLifetime
{
    private PostgresServer? _server;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        ConnectionString = await _server.CreateDatabaseAsync("huiyin_uow");
        await using var host = CreateHost(new Attempts(), new ShelfCopy());
        await using var scope = host.CreateAsyncScope();
        // Both contexts in one database: the second creates its tables by script, as EnsureCreated stops at the first.
        await scope.ServiceProvider.GetRequiredService<ShelfDbContext>().Database.EnsureCreatedAsync();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>().Database;
        await ledger.ExecuteSqlRawAsync(ledger.GenerateCreateScript());
    }

    /// <summary>A process's worth of services; retries pause briefly so that the tests stay quick.</summary>
    public ServiceProvider CreateHost(Attempts attempts, ShelfCopy copy, int maxAttempts = 4)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(attempts)
            .AddSingleton<IInMemoryCopy>(copy)
            .AddHuiyinDatabase(ConnectionString)
            .AddCurrentUser()
            .AddModuleDbContext<ShelfDbContext>(ShelfDbContext.SchemaName)
            .AddHandlersFrom(typeof(UnitOfWorkDatabase).Assembly);
        // Ledger is a second module in the same assembly: its context and requests are named outright.
        services.AddDbContextPool<LedgerDbContext>((provider, options) => options
            .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>())
            .UseSnakeCaseNamingConvention());
        foreach (var request in new[] { typeof(PostEntry), typeof(AmendEntry), typeof(CountEntries), typeof(CountEntriesFlakily) })
        {
            services.AddSingleton(new RequestOwner(request, typeof(LedgerDbContext)));
        }

        services.Configure<DatabaseRetryOptions>(retry =>
        {
            retry.MaxAttempts = maxAttempts;
            retry.BaseDelay = TimeSpan.FromMilliseconds(10);
        });
        return services.BuildServiceProvider();
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var truncate = new NpgsqlCommand(
            "TRUNCATE shelf.books, shelf.outbox_messages, shelf.inbox_messages, ledger.entries, ledger.outbox_messages, ledger.inbox_messages", connection);
        await truncate.ExecuteNonQueryAsync();
    }

    public async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
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
public sealed class UnitOfWorkCollection : ICollectionFixture<UnitOfWorkDatabase>
{
    public const string Name = "Unit of work database";
}

internal static class Hosts
{
    public static async Task<TResponse> SendAsync<TResponse>(this ServiceProvider host, IRequest<TResponse> request)
    {
        await using var scope = host.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Hands an integration event to its handlers, as the outbox dispatcher does: in a scope of its own.</summary>
    public static async Task PublishAsync(this ServiceProvider host, INotification integrationEvent)
    {
        await using var scope = host.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent);
    }
}
