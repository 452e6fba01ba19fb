using System.Security.Claims;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Domain;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Huiyin.Organization.Auth;

/// <summary>Issues the short-lived JWT that carries a staff member's roles and permissions and names their session.</summary>
internal sealed class AccessTokens(SigningKey signingKey, IOptions<AuthOptions> options, TimeProvider clock)
{
    public const string Audience = "huiyin-api";

    /// <summary>The claim naming the sign-in session (the refresh token family) the token was issued in.</summary>
    public const string SessionClaim = "sid";

    private readonly JsonWebTokenHandler _handler = new();

    public string IssueFor(StaffMember staff, IReadOnlyList<string> permissions, Guid sessionId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(HuiyinClaims.Subject, staff.Id.Value.ToString()),
            new(HuiyinClaims.Name, staff.DisplayName),
            new(HuiyinClaims.ServiceNumber, staff.ServiceNumber),
            new(HuiyinClaims.ActorKind, HuiyinClaims.StaffActor),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            new(SessionClaim, sessionId.ToString()),
        };
        if (staff.MustChangePassword)
        {
            claims.Add(new Claim(PasswordChangeGate.Claim, "true"));
        }

        claims.AddRange(staff.Roles.Select(role => new Claim(HuiyinClaims.Role, role.ToString())));
        claims.AddRange(permissions.Select(permission => new Claim(HuiyinClaims.Permission, permission)));
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + options.Value.AccessTokenLifetime,
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
