using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Host.Composition;

internal static class DatabaseStartup
{
    public static Task MigrateDatabaseAsync(this WebApplication app) =>
        app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);

    /// <summary>Migrates (when <c>Database:Migrate</c>, the default) and runs the modules' start-up tasks before serving.</summary>
    public static async Task PrepareAsync(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        if (app.Configuration.GetValue("Database:Migrate", true))
        {
            await app.MigrateDatabaseAsync();
        }

        await using var scope = app.Services.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
        {
            await task.RunAsync(app.Lifetime.ApplicationStopping);
        }

        app.Logger.LogInformation("Huiyin is ready with modules {Modules}", string.Join(", ", modules.Select(m => m.Name)));
    }
}
