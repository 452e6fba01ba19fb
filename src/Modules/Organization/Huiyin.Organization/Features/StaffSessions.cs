using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

/// <summary>Ends every sign-in session of one staff member (their refresh tokens stop working; access tokens run out).</summary>
internal static class StaffSessions
{
    public static async Task EndAllAsync(OrganizationDbContext db, StaffMemberId staffMemberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tokens = await db.RefreshTokens.Where(t => t.StaffMemberId == staffMemberId && t.RevokedAt == null).ToListAsync(cancellationToken);
        tokens.ForEach(t => t.Revoke(now));
    }
}
