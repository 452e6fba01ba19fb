using Huiyin.BuildingBlocks.Messaging.UnitOfWork;

namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>
/// A handler that opens its transaction outside the pipeline (an integration-event handler) and lends it to the
/// commands and queries it sends, through the scope's <see cref="SharedTransaction"/>; like the pipeline, it runs its
/// work again after a lost update (<see cref="LostUpdateRetry"/>).
/// </summary>
internal interface ISharesItsTransaction
{
    SharedTransaction Shared { get; set; }

    LostUpdateRetry LostUpdates { get; set; }
}
