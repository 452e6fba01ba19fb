namespace Huiyin.Complaints.Contracts;

/// <summary>The Complaints module's permissions: policies on its endpoints, claims in tokens, scopes of API clients.</summary>
public static class ComplaintsPermissions
{
    public const string Read = "complaints:read";
    public const string Write = "complaints:write";
    public const string Handle = "complaints:handle";

    /// <summary>Deciding the remedy and the department responsible for it (the Manager).</summary>
    public const string Decide = "complaints:decide";
}
