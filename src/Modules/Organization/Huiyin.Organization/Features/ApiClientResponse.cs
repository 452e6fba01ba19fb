using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Domain;

namespace Huiyin.Organization.Features;

internal sealed record ApiClientResponse(
    Guid Id, string Name, [property: PermissionNames] IReadOnlyList<string> Scopes, string KeyPrefix, DateTimeOffset? RevokedAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ApiClientResponse From(ApiClient client) =>
        new(client.Id.Value, client.Name, client.Scopes, client.KeyPrefix, client.RevokedAt, client.CreatedAt, client.UpdatedAt);
}

/// <summary>A new API client with its key: the only time the key is ever shown.</summary>
internal sealed record CreatedApiClientResponse(Guid Id, string Name, [property: PermissionNames] IReadOnlyList<string> Scopes, string Key, string KeyPrefix, DateTimeOffset CreatedAt);
