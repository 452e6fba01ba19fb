using Huiyin.Callbacks.Contracts;
using Huiyin.Organization.Contracts;
using static Huiyin.Organization.Contracts.StaffRole;

namespace Huiyin.Callbacks;

/// <summary>Agents and Supervisors make the calls; Supervisors see their team's, Managers, Executives and Admins every callback; Admins make the annual plan by hand.</summary>
internal static class CallbacksPermissionGrants
{
    public static ModulePermissions All { get; } = new ModulePermissions("Callbacks")
        .Grant(CallbacksPermissions.Read, Agent, Supervisor, Manager, Executive, Admin)
        .Grant(CallbacksPermissions.ReadTeam, Supervisor)
        .Grant(CallbacksPermissions.ReadAll, Manager, Executive, Admin)
        .Grant(CallbacksPermissions.Work, Agent, Supervisor, Manager)
        .Grant(CallbacksPermissions.Plan, Admin);
}
