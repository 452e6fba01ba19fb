using Huiyin.BuildingBlocks.Time;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Features;
using Huiyin.Organization.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Huiyin.Organization.Auth;

/// <summary>
/// Opens a sign-in session (or continues one on refresh): a fresh access token naming the session and the family's
/// next refresh token, which records the device and address it was asked for from.
/// </summary>
internal sealed class Sessions(
    OrganizationDbContext db, AccessTokens accessTokens, PermissionCatalog permissions, DeskTime desk, IOptions<AuthOptions> options, IHttpContextAccessor http, TimeProvider clock)
{
    public SessionResponse Issue(StaffMember staff, RefreshToken? previous)
    {
        var user = UserResponse.From(staff, permissions, desk);
        var refreshToken = SecretTokens.New();
        var request = http.HttpContext?.Request;
        var client = ClientDevice.From(request?.Headers.UserAgent.ToString(), request?.HttpContext.Connection.RemoteIpAddress?.ToString());
        var issued = RefreshToken.Issue(staff.Id, previous, client, SecretTokens.Hash(refreshToken), clock.GetUtcNow(), options.Value.RefreshTokenLifetime);
        db.RefreshTokens.Add(issued);
        return new SessionResponse(
            accessTokens.IssueFor(staff, user.Permissions, issued.FamilyId),
            refreshToken,
            (int)options.Value.AccessTokenLifetime.TotalSeconds,
            user);
    }
}
