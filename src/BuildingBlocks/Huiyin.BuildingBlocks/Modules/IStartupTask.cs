namespace Huiyin.BuildingBlocks.Modules;

/// <summary>Work a module does once at start-up, after the database is migrated (bootstrap accounts, demo data).</summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
