namespace Huiyin.BuildingBlocks.Messaging.UnitOfWork;

/// <summary>The ways the unit of work runs a request (see <see cref="UnitOfWorkRoutes.Choose"/>).</summary>
internal enum UnitOfWorkRoute
{
    /// <summary>A command that starts the request's work: in its own transaction, run again after a transient failure.</summary>
    OwnTransaction,

    /// <summary>A command sent from inside another module's command or event handler: in that transaction.</summary>
    JoinCallersTransaction,

    /// <summary>A query sent from inside another module's command or event handler: on that connection, in that transaction.</summary>
    ReadInCallersTransaction,

    /// <summary>A query outside any transaction: as it is, run again after a transient failure (a read changes nothing).</summary>
    QueryOnItsOwn,

    /// <summary>
    /// A request its module's context is already in a transaction for (sent from a handler of the same module), or a
    /// command no module context owns: as it is.
    /// </summary>
    AsItIs,
}

internal static class UnitOfWorkRoutes
{
    /// <param name="isCommand">The request changes state (<see cref="ICommand"/>).</param>
    /// <param name="hasContext">A module context owns the request.</param>
    /// <param name="contextInTransaction">That context is already in a transaction of its own module.</param>
    /// <param name="callersTransactionOpen">A command or event handler of the scope holds the <see cref="SharedTransaction"/>.</param>
    public static UnitOfWorkRoute Choose(bool isCommand, bool hasContext, bool contextInTransaction, bool callersTransactionOpen) =>
        (isCommand, hasContext, contextInTransaction, callersTransactionOpen) switch
        {
            (_, true, true, _) => UnitOfWorkRoute.AsItIs,
            (false, _, _, false) => UnitOfWorkRoute.QueryOnItsOwn,
            (false, true, _, true) => UnitOfWorkRoute.ReadInCallersTransaction,
            (true, true, _, true) => UnitOfWorkRoute.JoinCallersTransaction,
            (true, true, _, false) => UnitOfWorkRoute.OwnTransaction,
            _ => UnitOfWorkRoute.AsItIs,
        };
}
