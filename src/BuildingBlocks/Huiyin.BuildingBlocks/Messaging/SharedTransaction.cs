using System.Data.Common;

namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>
/// The transaction of the outermost command in a scope. A command of another module sent from inside it
/// (a ticket starting its deadline clocks, queuing an SMS) joins this transaction instead of committing
/// on its own, so that both modules' rows — outbox included — are saved together or not at all.
/// </summary>
internal sealed class SharedTransaction
{
    public DbConnection? Connection { get; private set; }

    public DbTransaction? Transaction { get; private set; }

    public bool IsOpen => Transaction is not null;

    public void Begin(DbConnection connection, DbTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public void End()
    {
        Connection = null;
        Transaction = null;
    }
}
