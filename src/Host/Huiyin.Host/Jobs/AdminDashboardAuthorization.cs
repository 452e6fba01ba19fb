using Hangfire.Dashboard;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Contracts;

namespace Huiyin.Host.Jobs;

/// <summary>Only callers holding <c>system:admin</c> see the Hangfire dashboard (401 when not signed in, 403 otherwise).</summary>
internal sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.HasClaim(HuiyinClaims.Permission, OrganizationPermissions.SystemAdmin);
}
