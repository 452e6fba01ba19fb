using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>
/// The transaction of the outermost command in a scope. A command of another module sent from inside it
/// (a ticket starting its deadline clocks, queuing an SMS) joins this transaction instead of committing
/// on its own, so that both modules' rows — outbox included — are saved together or not at all.
/// </summary>
internal sealed class SharedTransaction
{
    private readonly HashSet<DbContext> _joined = [];

    public DbConnection? Connection { get; private set; }

    public DbTransaction? Transaction { get; private set; }

    public bool IsOpen => Transaction is not null;

    public void Begin(DbConnection connection, DbTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    /// <summary>Notes a context of another module that joined the transaction.</summary>
    public void Joined(DbContext db) => _joined.Add(db);

    /// <summary>
    /// Every context that joined drops what it tracks: what they saved is rolled back with the transaction, so a later attempt
    /// must read it again rather than believe the copies they kept.
    /// </summary>
    public void ForgetWhatJoinedContextsTrack()
    {
        foreach (var db in _joined)
        {
            db.ChangeTracker.Clear();
        }
    }

    public void End()
    {
        Connection = null;
        Transaction = null;
        _joined.Clear();
    }
}
