namespace Huiyin.Organization.Contracts;

/// <summary>
/// Permission names: policies on endpoints, claims in tokens, and the scopes an API client may hold.
/// Each module adds its own here and grants them to roles in the Organization module's role map.
/// </summary>
public static class Permissions
{
    public const string StaffRead = "staff:read";
    public const string StaffManage = "staff:manage";
    public const string TeamsManage = "teams:manage";
    public const string ApiClientsManage = "api-clients:manage";
    public const string SystemAdmin = "system:admin";
    public const string SlaRead = "sla:read";
    public const string SlaManage = "sla:manage";
    public const string SlaEscalationsLevel1 = "sla:escalations-1";
    public const string SlaEscalationsLevel2 = "sla:escalations-2";
    public const string SlaEscalationsLevel3 = "sla:escalations-3";
    public const string CustomersRead = "customers:read";
    public const string CustomersWrite = "customers:write";
    public const string CustomersSensitive = "customers:sensitive";
    public const string CustomersExport = "customers:export";
    public const string CustomersApproveExport = "customers:approve-export";
    public const string CustomersGrade = "customers:grade";
    public const string CustomersApproveGrading = "customers:approve-grading";
    public const string TicketsRead = "tickets:read";
    public const string TicketsWrite = "tickets:write";
    public const string TicketsDispatch = "tickets:dispatch";
    public const string TicketsFieldWork = "tickets:field-work";
    public const string TicketsReviewDaily = "tickets:review-daily";
    public const string TicketsReviewMonthly = "tickets:review-monthly";
    public const string NotificationsRead = "notifications:read";
    public const string NotificationsManage = "notifications:manage";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        StaffRead, StaffManage, TeamsManage, ApiClientsManage, SystemAdmin,
        SlaRead, SlaManage, SlaEscalationsLevel1, SlaEscalationsLevel2, SlaEscalationsLevel3,
        CustomersRead, CustomersWrite, CustomersSensitive, CustomersExport, CustomersApproveExport, CustomersGrade, CustomersApproveGrading,
        TicketsRead, TicketsWrite, TicketsDispatch, TicketsFieldWork, TicketsReviewDaily, TicketsReviewMonthly,
        NotificationsRead, NotificationsManage,
    };
}
