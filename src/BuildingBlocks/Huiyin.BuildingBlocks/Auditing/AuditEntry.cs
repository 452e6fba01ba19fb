using System.Text.Json;

namespace Huiyin.BuildingBlocks.Auditing;

/// <summary>One administrative change as Admins read it; before and after map each touched row to its values.</summary>
public sealed record AuditEntry(
    Guid Id,
    DateTimeOffset At,
    string ActorKind,
    Guid? ActorId,
    string? ActorName,
    string? RemoteIp,
    string? UserAgent,
    string Operation,
    string? TargetId,
    JsonElement Before,
    JsonElement After)
{
    internal static AuditEntry From(AuditRecord record) => new(
        record.Id, record.At, record.ActorKind, record.ActorId, record.ActorName, record.RemoteIp, record.UserAgent, record.Operation, record.TargetId,
        JsonDocument.Parse(record.Before).RootElement, JsonDocument.Parse(record.After).RootElement);
}
