namespace Huiyin.Sla.Contracts;

/// <summary>The Sla module's permissions: policies on its endpoints, claims in tokens, scopes of API clients.</summary>
public static class SlaPermissions
{
    public const string Read = "sla:read";
    public const string Manage = "sla:manage";
    public const string EscalationsLevel1 = "sla:escalations-1";
    public const string EscalationsLevel2 = "sla:escalations-2";
    public const string EscalationsLevel3 = "sla:escalations-3";
}
