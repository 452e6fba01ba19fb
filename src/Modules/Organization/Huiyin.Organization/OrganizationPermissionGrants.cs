using Huiyin.Organization.Contracts;
using static Huiyin.Organization.Contracts.StaffRole;

namespace Huiyin.Organization;

/// <summary>
/// Everyone but Technicians reads the staff list; Admins manage staff, teams, API clients and the system; Admins and the Executive,
/// who reads everything, read the audit trail.
/// </summary>
internal static class OrganizationPermissionGrants
{
    public static ModulePermissions All { get; } = new ModulePermissions("Organization")
        .Grant(OrganizationPermissions.StaffRead, Agent, Supervisor, Manager, Executive, Admin)
        .Grant(OrganizationPermissions.StaffManage, Admin)
        .Grant(OrganizationPermissions.TeamsManage, Admin)
        .Grant(OrganizationPermissions.ApiClientsManage, Admin)
        .Grant(OrganizationPermissions.SystemAdmin, Admin)
        .Grant(OrganizationPermissions.AuditRead, Executive, Admin);
}
