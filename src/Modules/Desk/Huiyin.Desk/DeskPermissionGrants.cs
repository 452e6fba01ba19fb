using Huiyin.Desk.Contracts;
using Huiyin.Organization.Contracts;
using static Huiyin.Organization.Contracts.StaffRole;

namespace Huiyin.Desk;

/// <summary>Everyone sees who is on duty; Supervisors and Managers set the roster; those who work shifts hand them over; Supervisors and above watch the unsigned handovers.</summary>
internal static class DeskPermissionGrants
{
    public static ModulePermissions All { get; } = new ModulePermissions("Desk")
        .Grant(DeskPermissions.Read, Agent, Technician, Supervisor, Manager, Executive, Admin)
        .Grant(DeskPermissions.Roster, Supervisor, Manager, Admin)
        .Grant(DeskPermissions.Handover, Agent, Technician, Supervisor, Manager)
        .Grant(DeskPermissions.Supervise, Supervisor, Manager, Executive);
}
