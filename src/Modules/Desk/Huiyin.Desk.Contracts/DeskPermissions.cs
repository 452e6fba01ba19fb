namespace Huiyin.Desk.Contracts;

/// <summary>The Desk module's permissions: policies on its endpoints, claims in tokens, scopes of API clients.</summary>
public static class DeskPermissions
{
    /// <summary>Seeing the duty roster, who is on duty, and one's own emergency pages.</summary>
    public const string Read = "desk:read";

    /// <summary>Setting a team's shifts and who works them (the Supervisor, the Manager).</summary>
    public const string Roster = "desk:roster";

    /// <summary>Handing a shift over and accepting it (staff who work shifts).</summary>
    public const string Handover = "desk:handover";

    /// <summary>Seeing every handover, the unsigned ones above all (the Supervisor and above).</summary>
    public const string Supervise = "desk:supervise";
}
