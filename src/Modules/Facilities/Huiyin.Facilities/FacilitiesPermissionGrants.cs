using Huiyin.Facilities.Contracts;
using Huiyin.Organization.Contracts;
using static Huiyin.Organization.Contracts.StaffRole;

namespace Huiyin.Facilities;

/// <summary>
/// Every staff member reads the tree (an agent on the phone finds the caller's unit); Supervisors, Managers and Admins set it up;
/// the front desk records moves in and out and the receipts of notices; Supervisors and up send notices; technicians and their supervisors report equipment up or down;
/// the desk's assistants (Agents) and technicians walk the inspection rounds.
/// </summary>
internal static class FacilitiesPermissionGrants
{
    public static ModulePermissions All { get; } = new ModulePermissions("Facilities")
        .Grant(FacilitiesPermissions.Read, Agent, Technician, Supervisor, Manager, Executive, Admin)
        .Grant(FacilitiesPermissions.Write, Supervisor, Manager, Admin)
        .Grant(FacilitiesPermissions.Occupancy, Agent, Supervisor, Manager)
        .Grant(FacilitiesPermissions.Operate, Technician, Supervisor, Manager)
        .Grant(FacilitiesPermissions.Rounds, Agent, Technician, Supervisor, Manager)
        .Grant(FacilitiesPermissions.SendNotices, Supervisor, Manager, Admin);
}
