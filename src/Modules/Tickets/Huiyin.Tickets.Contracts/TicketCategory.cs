namespace Huiyin.Tickets.Contracts;

/// <summary>What a ticket is about; other modules name it when they open a ticket (a new issue raised during a callback).</summary>
public enum TicketCategory
{
    Plumbing,
    Electrical,
    Hvac,
    Lift,
    Gas,
    Cleaning,
    Security,
    Greening,
    Appliance,
    Other,

    /// <summary>电梯困人: people trapped in a lift.</summary>
    LiftEntrapment,

    /// <summary>燃气泄漏.</summary>
    GasLeak,

    /// <summary>爆管: a burst water pipe.</summary>
    BurstPipe,

    /// <summary>火情.</summary>
    Fire,

    /// <summary>整栋停电: a whole building without power.</summary>
    BuildingPowerCut,
}

/// <summary>The categories that are emergencies (S0): a minutes-level policy, and the technician and manager on duty paged at intake.</summary>
public static class EmergencyCategories
{
    public static readonly IReadOnlySet<TicketCategory> All = new HashSet<TicketCategory>
    {
        TicketCategory.LiftEntrapment, TicketCategory.GasLeak, TicketCategory.BurstPipe, TicketCategory.Fire, TicketCategory.BuildingPowerCut,
    };

    public static bool Includes(string category) => Enum.TryParse<TicketCategory>(category, out var known) && All.Contains(known);
}
