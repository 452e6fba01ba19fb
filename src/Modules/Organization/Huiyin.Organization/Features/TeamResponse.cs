namespace Huiyin.Organization.Features;

internal sealed record TeamResponse(Guid Id, string Name, string? Description, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A list answered whole (short lists such as teams), in the same envelope as paged lists.</summary>
internal sealed record ItemsResponse<T>(IReadOnlyList<T> Items);
