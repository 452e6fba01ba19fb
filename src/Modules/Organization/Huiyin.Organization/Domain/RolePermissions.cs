using Huiyin.Organization.Contracts;

namespace Huiyin.Organization.Domain;

/// <summary>
/// What each role may do (PRODUCT.md §0), one table per module. A staff member holds the union of their
/// roles' permissions across all tables.
/// </summary>
internal static class RolePermissions
{
    private static readonly Dictionary<StaffRole, string[]> Organization = new()
    {
        [StaffRole.Agent] = [Permissions.StaffRead],
        [StaffRole.Technician] = [],
        [StaffRole.Supervisor] = [Permissions.StaffRead],
        [StaffRole.Manager] = [Permissions.StaffRead],
        [StaffRole.Executive] = [Permissions.StaffRead],
        [StaffRole.Admin] = [Permissions.StaffRead, Permissions.StaffManage, Permissions.TeamsManage, Permissions.ApiClientsManage, Permissions.SystemAdmin],
    };

    /// <summary>Everyone reads deadlines; Managers and Admins set policies; each rank answers its escalation level.</summary>
    private static readonly Dictionary<StaffRole, string[]> Sla = new()
    {
        [StaffRole.Agent] = [Permissions.SlaRead],
        [StaffRole.Technician] = [Permissions.SlaRead],
        [StaffRole.Supervisor] = [Permissions.SlaRead, Permissions.SlaEscalationsLevel1],
        [StaffRole.Manager] = [Permissions.SlaRead, Permissions.SlaManage, Permissions.SlaEscalationsLevel2],
        [StaffRole.Executive] = [Permissions.SlaRead, Permissions.SlaEscalationsLevel3],
        [StaffRole.Admin] = [Permissions.SlaRead, Permissions.SlaManage],
    };

    /// <summary>All staff but Technicians read customers; Agents and up write, request exports and score;
    /// Managers approve exports and grading and see sensitive data; Admins everything.</summary>
    private static readonly Dictionary<StaffRole, string[]> Customers = new()
    {
        [StaffRole.Agent] = CustomerWork,
        [StaffRole.Technician] = [],
        [StaffRole.Supervisor] = CustomerWork,
        [StaffRole.Manager] = CustomerOversight,
        [StaffRole.Executive] = [Permissions.CustomersRead],
        [StaffRole.Admin] = CustomerOversight,
    };

    private static string[] CustomerWork =>
        [Permissions.CustomersRead, Permissions.CustomersWrite, Permissions.CustomersExport, Permissions.CustomersGrade];

    private static string[] CustomerOversight =>
        [.. CustomerWork, Permissions.CustomersSensitive, Permissions.CustomersApproveExport, Permissions.CustomersApproveGrading];

    /// <summary>Agents take in and work tickets; Technicians only their own jobs; Supervisors dispatch and sign off each day;
    /// Managers review each month.</summary>
    private static readonly Dictionary<StaffRole, string[]> Tickets = new()
    {
        [StaffRole.Agent] = [Permissions.TicketsRead, Permissions.TicketsWrite],
        [StaffRole.Technician] = [Permissions.TicketsFieldWork],
        [StaffRole.Supervisor] = TicketSupervision,
        [StaffRole.Manager] = [.. TicketSupervision, Permissions.TicketsReviewMonthly],
        [StaffRole.Executive] = [Permissions.TicketsRead],
        [StaffRole.Admin] = [Permissions.TicketsRead],
    };

    private static string[] TicketSupervision =>
        [Permissions.TicketsRead, Permissions.TicketsWrite, Permissions.TicketsDispatch, Permissions.TicketsReviewDaily];

    /// <summary>Supervisors and up read the messages sent to customers; Admins word the templates.</summary>
    private static readonly Dictionary<StaffRole, string[]> Notifications = new()
    {
        [StaffRole.Agent] = [],
        [StaffRole.Technician] = [],
        [StaffRole.Supervisor] = [Permissions.NotificationsRead],
        [StaffRole.Manager] = [Permissions.NotificationsRead],
        [StaffRole.Executive] = [],
        [StaffRole.Admin] = [Permissions.NotificationsRead, Permissions.NotificationsManage],
    };

    private static readonly Dictionary<StaffRole, string[]>[] Tables = [Organization, Sla, Customers, Tickets, Notifications];

    public static IReadOnlyList<string> For(IEnumerable<StaffRole> roles) =>
        roles.SelectMany(role => Tables.SelectMany(table => table[role])).Distinct().Order(StringComparer.Ordinal).ToList();
}
