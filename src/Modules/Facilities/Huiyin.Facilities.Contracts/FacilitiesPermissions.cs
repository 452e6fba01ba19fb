namespace Huiyin.Facilities.Contracts;

/// <summary>The Facilities module's permissions: policies on its endpoints, claims in tokens, scopes of API clients.</summary>
public static class FacilitiesPermissions
{
    public const string Read = "facilities:read";

    /// <summary>Setting up the tree and the equipment: sites, buildings, units, public areas.</summary>
    public const string Write = "facilities:write";

    /// <summary>Recording who moves into and out of a unit (the front desk's 入伙 and 退房).</summary>
    public const string Occupancy = "facilities:occupancy";

    /// <summary>Work on site: reporting equipment up or down (and, later, inspection rounds).</summary>
    public const string Operate = "facilities:operate";

    /// <summary>Sending numbered notices and letters to residents (公示, 通知, 整改通知单, 交费通知单).</summary>
    public const string SendNotices = "notices:send";
}
