namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>
/// Marks a command whose writes rely on an in-memory copy of reference data (<see cref="Persistence.IInMemoryCopy"/>):
/// when the database refuses a write made from an outdated copy, every copy forgets itself and, if the command owns
/// its transaction, it runs once more from the start (docs/decisions/0008). A command that only joins its caller's
/// transaction cannot run again on its own, so the command that starts the transaction (ticket intake) carries the
/// mark too.
/// </summary>
public interface IRetriedOnOutdatedCopy : ICommand
{
}
