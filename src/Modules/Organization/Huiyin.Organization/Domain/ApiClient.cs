using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Organization.Domain;

/// <summary>Another system that calls the API with a key; it may do what its scopes allow. Only the key's hash is stored.</summary>
internal sealed class ApiClient : IAuditable
{
    private ApiClient()
    {
    }

    public ApiClientId Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The first characters of the key, so that an Admin can tell keys apart.</summary>
    public string KeyPrefix { get; private set; } = "";

    public string KeyHash { get; private set; } = "";

    public List<string> Scopes { get; private set; } = [];

    public DateTimeOffset? RevokedAt { get; private set; }

    public uint Version { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public static ApiClient Create(string name, IEnumerable<string> scopes, string keyPrefix, string keyHash) => new()
    {
        Id = ApiClientId.New(),
        Name = name,
        Scopes = [.. scopes.Distinct()],
        KeyPrefix = keyPrefix,
        KeyHash = keyHash,
    };

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
