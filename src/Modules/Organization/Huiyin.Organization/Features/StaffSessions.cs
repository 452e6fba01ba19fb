using System.Linq.Expressions;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

/// <summary>
/// Ends sign-in sessions: every refresh token of theirs stops working at once. Access tokens already issued run
/// out on their own within their short lifetime (Auth:AccessTokenMinutes).
/// </summary>
internal static class StaffSessions
{
    public static Task EndAllAsync(OrganizationDbContext db, StaffMemberId staffMemberId, DateTimeOffset now, CancellationToken cancellationToken) =>
        EndAsync(db, t => t.StaffMemberId == staffMemberId, now, cancellationToken);

    /// <summary>Revokes the not yet revoked tokens <paramref name="which"/> selects; answers how many sessions that ended.</summary>
    public static async Task<int> EndAsync(OrganizationDbContext db, Expression<Func<RefreshToken, bool>> which, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tokens = await db.RefreshTokens.Where(which).Where(t => t.RevokedAt == null).ToListAsync(cancellationToken);
        tokens.ForEach(t => t.Revoke(now));
        return tokens.Select(t => t.FamilyId).Distinct().Count();
    }
}
