namespace Huiyin.Facilities.Contracts;

/// <summary>The Facilities module's permissions: policies on its endpoints, claims in tokens, scopes of API clients.</summary>
public static class FacilitiesPermissions
{
    public const string Read = "facilities:read";

    /// <summary>Setting up the tree and the equipment: sites, buildings, units, public areas.</summary>
    public const string Write = "facilities:write";

    /// <summary>Recording who moves into and out of a unit (the front desk's 入伙 and 退房).</summary>
    public const string Occupancy = "facilities:occupancy";

    /// <summary>Work on site: reporting equipment up or down, outages and their restoration.</summary>
    public const string Operate = "facilities:operate";

    /// <summary>
    /// Walking inspection rounds item by item with photos: the desk's assistants their daily rounds of public areas and vacant units
    /// (客户助理每日均须巡视), technicians theirs of plant and equipment.
    /// </summary>
    public const string Rounds = "facilities:rounds";

    /// <summary>Sending numbered notices and letters to residents (公示, 通知, 整改通知单, 交费通知单).</summary>
    public const string SendNotices = "notices:send";
}
