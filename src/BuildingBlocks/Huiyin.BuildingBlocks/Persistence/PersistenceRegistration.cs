using Huiyin.BuildingBlocks.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Huiyin.BuildingBlocks.Persistence;

public static class PersistenceRegistration
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    private const int AutoPreparedStatements = 200;

    /// <summary>
    /// The one data source every module and the outbox dispatcher share. Statements run often are prepared
    /// on each connection (unless the connection string sets <c>Max Auto Prepare</c> itself): PostgreSQL then
    /// plans an intake's dozen statements once per connection rather than once per request. Connections go back
    /// to the pool without a reset (seven statements PostgreSQL would run at the next use), since nothing here
    /// leaves session state behind: settings are transaction-local and the migration lock is released explicitly.
    /// </summary>
    public static IServiceCollection AddHuiyinDatabase(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(_ => DataSourceFor(connectionString));
        services.TryAddSingleton<ModuleDbContextMap>();
        services.TryAddSingleton<AuditingInterceptor>();
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<UniqueConstraintErrors>();
        return services;
    }

    /// <summary>Answers <paramref name="error"/> when the unique index <paramref name="constraintName"/> refuses a row.</summary>
    public static IServiceCollection AddUniqueConstraintError(this IServiceCollection services, string constraintName, Error error) =>
        services.AddSingleton(new UniqueConstraintError(constraintName, error));

    private static NpgsqlDataSource DataSourceFor(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = AutoPreparedStatements;
        }

        builder.ConnectionStringBuilder.NoResetOnClose = true;

        return builder.Build();
    }

    /// <summary>
    /// Registers a module's DbContext in its own schema, with its own migrations history table. Contexts are
    /// pooled: a request uses three or four of them, and setting each one's services up afresh cost more CPU
    /// than any query it ran.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        services.AddPooledDbContext<TContext>(schema);
        services.AddSingleton(new ModuleDatabase(typeof(TContext), schema));
        return services;
    }

    /// <summary>
    /// Registers a context of the platform itself (no outbox, no module's requests) in its own schema; the migrator
    /// applies its migrations with the modules'.
    /// </summary>
    public static IServiceCollection AddPlatformDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext
    {
        services.AddPooledDbContext<TContext>(schema);
        services.AddSingleton(new PlatformDatabase(typeof(TContext), schema));
        return services;
    }

    /// <summary>Options for design-time tooling (migrations), which have no running host.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(string schema)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost;Database=huiyin_design", npgsql => ConfigureNpgsql(npgsql, schema))
            .UseSnakeCaseNamingConvention()
            .Options;

    private static void AddPooledDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext =>
        services.AddDbContextPool<TContext>((provider, options) => options
            .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), npgsql => ConfigureNpgsql(npgsql, schema))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(provider.GetRequiredService<AuditingInterceptor>()));

    private static void ConfigureNpgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql, string schema) =>
        npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema);
}
