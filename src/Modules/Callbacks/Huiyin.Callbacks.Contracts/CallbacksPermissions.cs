namespace Huiyin.Callbacks.Contracts;

/// <summary>The Callbacks module's permissions: policies on its endpoints, claims in tokens, scopes of API clients.</summary>
public static class CallbacksPermissions
{
    /// <summary>Reading callbacks: one's own and the unassigned ones, or more with <see cref="ReadTeam"/> or <see cref="ReadAll"/>.</summary>
    public const string Read = "callbacks:read";

    /// <summary>Seeing the callbacks of one's team (the Supervisor).</summary>
    public const string ReadTeam = "callbacks:read-team";

    /// <summary>Seeing every callback (Managers, Executives, Admins).</summary>
    public const string ReadAll = "callbacks:read-all";

    /// <summary>Booking a callback the customer asked for and recording attempts.</summary>
    public const string Work = "callbacks:work";

    /// <summary>Making the year's annual callback plan by hand.</summary>
    public const string Plan = "callbacks:plan";
}
