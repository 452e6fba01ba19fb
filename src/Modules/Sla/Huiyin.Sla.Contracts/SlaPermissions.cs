namespace Huiyin.Sla.Contracts;

/// <summary>The Sla module's permissions: policies on its endpoints, claims in tokens, scopes of API clients.</summary>
public static class SlaPermissions
{
    public const string Read = "sla:read";
    public const string Manage = "sla:manage";
    public const string EscalationsLevel1 = "sla:escalations-1";
    public const string EscalationsLevel2 = "sla:escalations-2";
    public const string EscalationsLevel3 = "sla:escalations-3";

    /// <summary>Ask for a deadline extension, or raise an item up the ladder by hand.</summary>
    public const string Extend = "sla:extend";

    /// <summary>Decide a ticket's deadline extension (Supervisors).</summary>
    public const string ApproveTicketExtensions = "sla:approve-ticket-extensions";

    /// <summary>Decide a complaint's deadline extension (Managers).</summary>
    public const string ApproveComplaintExtensions = "sla:approve-complaint-extensions";
}
