using Huiyin.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Notifications.Persistence;

/// <summary>
/// Another module sends this one a command from inside its own transaction (Tickets queuing the apology SMS while it records
/// the failed call). Each module has its own DbContext and so its own connection; to record the message exactly once, with
/// the caller's change, the Notifications context created in that scope uses the caller's connection and transaction. The
/// unit of work then sees a transaction already open and leaves the commit, or the rollback, to the caller.
/// </summary>
internal sealed class CallerTransaction(IServiceProvider services, IEnumerable<ModuleDatabase> databases)
{
    public void Join(DatabaseFacade database)
    {
        var open = databases
            .Where(d => d.ContextType != typeof(NotificationsDbContext))
            .Select(d => ((ModuleDbContext)services.GetRequiredService(d.ContextType)).Database.CurrentTransaction?.GetDbTransaction())
            .FirstOrDefault(t => t?.Connection is not null);
        if (open is null)
        {
            return;
        }

        database.SetDbConnection(open.Connection, contextOwnsConnection: false);
        database.UseTransaction(open);
    }
}
