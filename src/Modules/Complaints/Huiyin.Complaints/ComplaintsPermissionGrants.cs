using Huiyin.Complaints.Contracts;
using Huiyin.Organization.Contracts;
using static Huiyin.Organization.Contracts.StaffRole;

namespace Huiyin.Complaints;

/// <summary>
/// Any staff member may take a complaint in (S0); Agents handle general complaints, Supervisors, Managers and Executives own them by
/// severity; the Manager decides remedies; Executives and Admins read everything.
/// </summary>
internal static class ComplaintsPermissionGrants
{
    public static ModulePermissions All { get; } = new ModulePermissions("Complaints")
        .Grant(ComplaintsPermissions.Read, Agent, Supervisor, Manager, Executive, Admin)
        .Grant(ComplaintsPermissions.Write, Agent, Technician, Supervisor, Manager, Executive)
        .Grant(ComplaintsPermissions.Handle, Agent, Supervisor, Manager, Executive)
        .Grant(ComplaintsPermissions.Decide, Manager);
}
