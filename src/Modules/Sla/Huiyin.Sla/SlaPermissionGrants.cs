using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using static Huiyin.Organization.Contracts.StaffRole;

namespace Huiyin.Sla;

/// <summary>Everyone reads deadlines; Managers and Admins set policies; each rank answers its escalation level;
/// handlers ask for extensions, Supervisors decide a ticket's and Managers a complaint's.</summary>
internal static class SlaPermissionGrants
{
    public static ModulePermissions All { get; } = new ModulePermissions("Sla")
        .Grant(SlaPermissions.Read, Agent, Technician, Supervisor, Manager, Executive, Admin)
        .Grant(SlaPermissions.Manage, Manager, Admin)
        .Grant(SlaPermissions.EscalationsLevel1, Supervisor)
        .Grant(SlaPermissions.EscalationsLevel2, Manager)
        .Grant(SlaPermissions.EscalationsLevel3, Executive)
        .Grant(SlaPermissions.Extend, Agent, Technician, Supervisor, Manager)
        .Grant(SlaPermissions.ApproveTicketExtensions, Supervisor, Manager)
        .Grant(SlaPermissions.ApproveComplaintExtensions, Manager);
}
