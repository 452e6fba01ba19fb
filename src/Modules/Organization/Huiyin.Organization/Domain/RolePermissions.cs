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

    /// <summary>The Customers module's permissions (PRODUCT.md §1): all staff but Technicians read; Agents and up write,
    /// request exports and score; Managers approve exports and grading and see sensitive data; Admins everything.</summary>
    private static readonly Dictionary<StaffRole, string[]> CustomerGrants = new()
    {
        [StaffRole.Agent] = [Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.CustomersExport, Permissions.CustomersGrade],
        [StaffRole.Technician] = [],
        [StaffRole.Supervisor] = [Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.CustomersExport, Permissions.CustomersGrade],
        [StaffRole.Manager] =
        [
            Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.CustomersExport, Permissions.CustomersGrade,
            Permissions.CustomersSensitive, Permissions.CustomersApproveExport, Permissions.CustomersApproveGrading,
        ],
        [StaffRole.Executive] = [Permissions.CustomersRead],
        [StaffRole.Admin] =
        [
            Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.CustomersExport, Permissions.CustomersGrade,
            Permissions.CustomersSensitive, Permissions.CustomersApproveExport, Permissions.CustomersApproveGrading,
        ],
    };

    public static IReadOnlyList<string> For(IEnumerable<StaffRole> roles) =>
        roles.SelectMany(role => Map[role].Concat(CustomerGrants[role])).Distinct().Order(StringComparer.Ordinal).ToList();
}
