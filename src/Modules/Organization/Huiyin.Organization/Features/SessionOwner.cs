using System.Security.Claims;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Auth;
using Huiyin.Organization.Domain;

namespace Huiyin.Organization.Features;

/// <summary>Who acts on their own sign-in sessions, and which session their access token belongs to.</summary>
internal static class SessionOwner
{
    public static Result<StaffMemberId> Of(ICurrentUser user) =>
        !user.IsApiClient && user.Id is { } id ? new StaffMemberId(id) : Error.Forbidden("staff_only", "Only staff accounts have sign-in sessions.");

    public static Guid? SessionOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(AccessTokens.SessionClaim), out var sessionId) ? sessionId : null;
}
