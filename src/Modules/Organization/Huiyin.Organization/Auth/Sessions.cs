using Huiyin.Organization.Domain;
using Huiyin.Organization.Features;
using Huiyin.Organization.Persistence;
using Microsoft.Extensions.Options;

namespace Huiyin.Organization.Auth;

/// <summary>Opens a sign-in session (or continues one on refresh): a fresh access token and the family's next refresh token.</summary>
internal sealed class Sessions(OrganizationDbContext db, AccessTokens accessTokens, PermissionCatalog permissions, IOptions<AuthOptions> options, TimeProvider clock)
{
    public SessionResponse Issue(StaffMember staff, Guid familyId)
    {
        var user = UserResponse.From(staff, permissions);
        var refreshToken = SecretTokens.New();
        db.RefreshTokens.Add(RefreshToken.Issue(staff.Id, familyId, SecretTokens.Hash(refreshToken), clock.GetUtcNow(), options.Value.RefreshTokenLifetime));
        return new SessionResponse(
            accessTokens.IssueFor(staff, user.Permissions),
            refreshToken,
            (int)options.Value.AccessTokenLifetime.TotalSeconds,
            user);
    }
}
