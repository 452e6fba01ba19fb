using Huiyin.Organization.Contracts;
using Huiyin.Tickets.Contracts;
using static Huiyin.Organization.Contracts.StaffRole;

namespace Huiyin.Tickets;

/// <summary>Agents take in and work tickets; Technicians only their own jobs; Supervisors dispatch and sign off each day;
/// Managers review each month.</summary>
internal static class TicketsPermissionGrants
{
    public static ModulePermissions All { get; } = new ModulePermissions("Tickets")
        .Grant(TicketsPermissions.Read, Agent, Supervisor, Manager, Executive, Admin)
        .Grant(TicketsPermissions.Write, Agent, Supervisor, Manager)
        .Grant(TicketsPermissions.Dispatch, Supervisor, Manager)
        .Grant(TicketsPermissions.FieldWork, Technician)
        .Grant(TicketsPermissions.ReviewDaily, Supervisor, Manager)
        .Grant(TicketsPermissions.ReviewMonthly, Manager);
}
