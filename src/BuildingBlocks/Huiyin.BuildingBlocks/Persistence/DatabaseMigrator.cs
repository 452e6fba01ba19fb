using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>
/// Applies the platform's and every module's migrations. An advisory lock makes concurrent start-ups of several
/// replicas wait for each other instead of racing on the same tables.
/// </summary>
public sealed class DatabaseMigrator(
    IServiceProvider services,
    NpgsqlDataSource dataSource,
    IEnumerable<PlatformDatabase> platform,
    IEnumerable<ModuleDatabase> modules,
    ILogger<DatabaseMigrator> logger)
{
    private readonly IReadOnlyList<(Type ContextType, string Schema)> _databases =
        [.. platform.Select(d => (d.ContextType, d.Schema)), .. modules.Select(d => (d.ContextType, d.Schema))];

    private const long MigrationLockKey = 0x48_75_69_79_69_6E; // "Huiyin"

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await using var scope = services.CreateAsyncScope();
            foreach (var database in _databases)
            {
                var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
                // Otherwise EF reads the history table before creating it and logs that as an error.
                await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                await context.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("{Database} in schema {Schema}: applied {Count} migration(s)", database.ContextType.Name, database.Schema, pending.Count);
            }
        }
        finally
        {
            await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
