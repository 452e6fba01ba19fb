using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Sla.Contracts;

/// <summary>
/// Starts one metric's clock for each of many items of one work type and attributes, from <paramref name="StartAt"/>, each due at
/// the time it sets itself (as <see cref="StartClocks"/> with a <c>DueAt</c>), in one write: for work planned in bulk, such as the
/// year's annual callbacks. Answers the policy that applied.
/// </summary>
public sealed record StartClocksForMany(SlaWorkType ItemType, ClockAttributes Attributes, SlaMetric Metric, DateTimeOffset StartAt, IReadOnlyList<ItemDue> Items)
    : ICommand<Result<Guid>>, IRetriedOnOutdatedCopy;

/// <summary>An item and the time its clock is due.</summary>
public sealed record ItemDue(Guid ItemId, DateTimeOffset DueAt);
