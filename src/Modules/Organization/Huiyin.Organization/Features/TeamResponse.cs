namespace Huiyin.Organization.Features;

internal sealed record TeamResponse(Guid Id, string Name, string? Description, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
