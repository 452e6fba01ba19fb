using Huiyin.Organization.Domain;

namespace Huiyin.Organization.Auth;

/// <summary>Sign-in settings (section <c>Auth</c>).</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The HMAC key that signs access tokens: at least 32 bytes, the same on every replica.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "huiyin";

    public int AccessTokenMinutes { get; set; } = 15;

    public int RefreshTokenDays { get; set; } = 14;

    public LockoutPolicy Lockout { get; set; } = new();

    public TimeSpan AccessTokenLifetime => TimeSpan.FromMinutes(AccessTokenMinutes);

    public TimeSpan RefreshTokenLifetime => TimeSpan.FromDays(RefreshTokenDays);
}
