using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Huiyin.BuildingBlocks.Persistence;

public static class PersistenceRegistration
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>The one data source every module and the outbox dispatcher share.</summary>
    public static IServiceCollection AddHuiyinDatabase(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.TryAddSingleton<ModuleDbContextMap>();
        services.TryAddScoped<AuditingInterceptor>();
        services.TryAddSingleton<DatabaseMigrator>();
        return services;
    }

    /// <summary>Registers a module's DbContext in its own schema, with its own migrations history table.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((provider, options) => options
            .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), npgsql => ConfigureNpgsql(npgsql, schema))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(provider.GetRequiredService<AuditingInterceptor>()));
        services.AddSingleton(new ModuleDatabase(typeof(TContext), schema));
        return services;
    }

    /// <summary>Options for design-time tooling (migrations), which have no running host.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(string schema)
        where TContext : ModuleDbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost;Database=huiyin_design", npgsql => ConfigureNpgsql(npgsql, schema))
            .UseSnakeCaseNamingConvention()
            .Options;

    private static void ConfigureNpgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql, string schema) =>
        npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema);
}
