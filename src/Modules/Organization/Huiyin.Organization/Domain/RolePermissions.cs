using Huiyin.Organization.Contracts;

namespace Huiyin.Organization.Domain;

/// <summary>What each role may do (PRODUCT.md §0). A staff member holds the union of their roles' permissions.</summary>
internal static class RolePermissions
{
    private static readonly Dictionary<StaffRole, string[]> Map = new()
    {
        [StaffRole.Agent] = [Permissions.StaffRead],
        [StaffRole.Technician] = [],
        [StaffRole.Supervisor] = [Permissions.StaffRead],
        [StaffRole.Manager] = [Permissions.StaffRead],
        [StaffRole.Executive] = [Permissions.StaffRead],
        [StaffRole.Admin] = [Permissions.StaffRead, Permissions.StaffManage, Permissions.TeamsManage, Permissions.ApiClientsManage, Permissions.SystemAdmin],
    };

    public static IReadOnlyList<string> For(IEnumerable<StaffRole> roles) =>
        roles.SelectMany(role => Map[role]).Distinct().Order(StringComparer.Ordinal).ToList();
}
