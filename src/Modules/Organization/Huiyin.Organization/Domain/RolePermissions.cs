using Huiyin.Organization.Contracts;

namespace Huiyin.Organization.Domain;

/// <summary>What each role may do (PRODUCT.md §0). A staff member holds the union of their roles' permissions.</summary>
internal static class RolePermissions
{
    private static readonly Dictionary<StaffRole, string[]> Map = new()
    {
        [StaffRole.Agent] = [Permissions.StaffRead, Permissions.SlaRead],
        [StaffRole.Technician] = [Permissions.SlaRead],
        [StaffRole.Supervisor] = [Permissions.StaffRead, Permissions.SlaRead, Permissions.SlaEscalationsLevel1],
        [StaffRole.Manager] = [Permissions.StaffRead, Permissions.SlaRead, Permissions.SlaManage, Permissions.SlaEscalationsLevel2],
        [StaffRole.Executive] = [Permissions.StaffRead, Permissions.SlaRead, Permissions.SlaEscalationsLevel3],
        [StaffRole.Admin] =
        [
            Permissions.StaffRead, Permissions.StaffManage, Permissions.TeamsManage, Permissions.ApiClientsManage, Permissions.SystemAdmin,
            Permissions.SlaRead, Permissions.SlaManage,
        ],
    };

    public static IReadOnlyList<string> For(IEnumerable<StaffRole> roles) =>
        roles.SelectMany(role => Map[role]).Distinct().Order(StringComparer.Ordinal).ToList();
}
