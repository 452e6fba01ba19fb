using MediatR;

namespace Huiyin.BuildingBlocks.Outbox;

/// <summary>
/// A fact one module tells the others, declared in the publisher's <c>.Contracts</c> project. It travels
/// through the publisher's outbox and is handled at most once per handler thanks to the inbox.
/// </summary>
public abstract record IntegrationEvent(DateTimeOffset OccurredAt) : INotification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
}
