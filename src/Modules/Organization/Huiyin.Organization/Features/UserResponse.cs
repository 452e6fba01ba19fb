using Huiyin.BuildingBlocks.Security;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;

namespace Huiyin.Organization.Features;

/// <summary>
/// The signed-in staff member, with the permissions their roles grant (the SPA shapes its navigation by them). Times are shown
/// in <see cref="TimeZone"/>, the person's own choice, or in the desk's (<see cref="DeskTimeZone"/>) when they made none.
/// </summary>
internal sealed record UserResponse(
    Guid Id, string Username, string DisplayName, string ServiceNumber, IReadOnlyList<StaffRole> Roles, [property: PermissionNames] IReadOnlyList<string> Permissions, Guid? TeamId,
    bool MustChangePassword, string? Email, string? Mobile, string? TimeZone, string DeskTimeZone)
{
    public static UserResponse From(StaffMember staff, PermissionCatalog permissions, DeskTime desk) =>
        new(staff.Id.Value, staff.Username, staff.DisplayName, staff.ServiceNumber, staff.Roles, permissions.For(staff.Roles), staff.TeamId?.Value,
            staff.MustChangePassword, staff.Email, staff.Mobile, staff.TimeZone, desk.ZoneName);
}

/// <summary>What a successful sign-in or refresh returns.</summary>
/// <remarks>The refresh token is absent when the client asked for it as a cookie (header X-Session-Transport: cookie).</remarks>
internal sealed record SessionResponse(string AccessToken, string? RefreshToken, int ExpiresIn, UserResponse User);
