namespace Huiyin.Tickets.Contracts;

/// <summary>The Tickets module's permissions: policies on its endpoints, claims in tokens, scopes of API clients.</summary>
public static class TicketsPermissions
{
    public const string Read = "tickets:read";
    public const string Write = "tickets:write";
    public const string Dispatch = "tickets:dispatch";
    public const string FieldWork = "tickets:field-work";
    public const string ReviewDaily = "tickets:review-daily";
    public const string ReviewMonthly = "tickets:review-monthly";
}
