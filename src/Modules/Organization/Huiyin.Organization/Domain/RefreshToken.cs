namespace Huiyin.Organization.Domain;

/// <summary>
/// One refresh token of a sign-in session. Tokens of one session form a family: each use consumes the token
/// and issues the next; presenting a consumed token again means it was stolen, and the whole family is revoked.
/// Only the token's SHA-256 hash is stored. Each token also carries what its owner sees in their list of sessions:
/// when the session started and the device and address of its latest use.
/// </summary>
internal sealed class RefreshToken
{
    private RefreshToken()
    {
    }

    public Guid Id { get; private set; }

    public StaffMemberId StaffMemberId { get; private set; }

    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset SessionStartedAt { get; private set; }

    public string Device { get; private set; } = "";

    public string? Address { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? ConsumedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool WasUsedOrRevoked => ConsumedAt is not null || RevokedAt is not null;

    public static RefreshToken Issue(StaffMemberId staffMemberId, RefreshToken? previous, ClientDevice client, string tokenHash, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(),
        StaffMemberId = staffMemberId,
        FamilyId = previous?.FamilyId ?? Guid.CreateVersion7(),
        SessionStartedAt = previous?.SessionStartedAt ?? now,
        Device = client.Device,
        Address = client.Address,
        TokenHash = tokenHash,
        CreatedAt = now,
        ExpiresAt = now + lifetime,
    };

    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt <= now;

    public void Consume(DateTimeOffset now) => ConsumedAt = now;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
