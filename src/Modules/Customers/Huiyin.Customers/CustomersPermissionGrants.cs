using Huiyin.Customers.Contracts;
using Huiyin.Organization.Contracts;
using static Huiyin.Organization.Contracts.StaffRole;

namespace Huiyin.Customers;

/// <summary>All staff but Technicians read customers; Agents and up write, request exports and score; Managers approve
/// exports and grading and see sensitive data; Admins everything, and alone watch the encryption keys.</summary>
internal static class CustomersPermissionGrants
{
    public static ModulePermissions All { get; } = new ModulePermissions("Customers")
        .Grant(CustomersPermissions.Read, Agent, Supervisor, Manager, Executive, Admin)
        .Grant(CustomersPermissions.Write, Agent, Supervisor, Manager, Admin)
        .Grant(CustomersPermissions.Export, Agent, Supervisor, Manager, Admin)
        .Grant(CustomersPermissions.Grade, Agent, Supervisor, Manager, Admin)
        .Grant(CustomersPermissions.Sensitive, Manager, Admin)
        .Grant(CustomersPermissions.ApproveExport, Manager, Admin)
        .Grant(CustomersPermissions.ApproveGrading, Manager, Admin)
        .Grant(CustomersPermissions.Keys, Admin);
}
