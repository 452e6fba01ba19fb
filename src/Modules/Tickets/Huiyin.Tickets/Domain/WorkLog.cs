
namespace Huiyin.Tickets.Domain;

/// <summary>What a technician did and used on a job (S2: 注明所用材料及情况说明).</summary>
internal sealed class WorkLog
{
    private WorkLog()
    {
    }

    public Guid Id { get; private set; }

    public TicketId TicketId { get; private set; }

    public Guid TechnicianId { get; private set; }

    public string TechnicianName { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public string Explanation { get; private set; } = "";

    public List<MaterialUsed> Materials { get; private set; } = [];

    public static WorkLog Write(TicketId ticketId, TicketActor technician, DateTimeOffset at, string explanation, IEnumerable<MaterialUsed> materials) => new()
    {
        Id = Guid.CreateVersion7(),
        TicketId = ticketId,
        TechnicianId = technician.StaffId ?? Guid.Empty,
        TechnicianName = technician.Name,
        At = at,
        Explanation = explanation,
        Materials = [.. materials],
    };
}

/// <summary>A material used: 2 × 个 DN15 角阀.</summary>
internal sealed class MaterialUsed
{
    public string Name { get; init; } = "";

    public decimal Quantity { get; init; }

    public string Unit { get; init; } = "";
}
