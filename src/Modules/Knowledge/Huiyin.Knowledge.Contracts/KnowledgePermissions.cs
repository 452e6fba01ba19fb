namespace Huiyin.Knowledge.Contracts;

/// <summary>The Knowledge module's permissions: policies on its endpoints, claims in tokens, scopes of API clients.</summary>
public static class KnowledgePermissions
{
    /// <summary>Reading the approved answers and scripts, and the forbidden phrases.</summary>
    public const string Read = "knowledge:read";

    /// <summary>Drafting and editing entries (the desk's staff and their leads).</summary>
    public const string Write = "knowledge:write";

    /// <summary>Approving and retiring entries (a Supervisor or above).</summary>
    public const string Approve = "knowledge:approve";

    /// <summary>Maintaining the list of forbidden phrases (an Admin).</summary>
    public const string Phrases = "knowledge:phrases";
}
