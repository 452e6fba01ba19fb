using System.Text.Json.Serialization;
using MediatR;

namespace Huiyin.BuildingBlocks.Outbox;

/// <summary>
/// A fact one module tells the others, declared in the publisher's <c>.Contracts</c> project. It travels
/// through the publisher's outbox and is handled at most once per handler thanks to the inbox.
/// </summary>
public abstract record IntegrationEvent(DateTimeOffset OccurredAt) : INotification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>
    /// What the event is about, for the dispatcher: events with the same key are handled one after another in the order they
    /// occurred, events with different keys side by side. Without a key (the default) an event keeps its place among the
    /// outbox's other unkeyed events.
    /// </summary>
    [JsonIgnore]
    public virtual Guid? OrderingKey => null;
}
