using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;

namespace Huiyin.Tickets.Domain;

/// <summary>What the agent took down at intake, already validated; <c>Origin</c> names the record another module opened it from.</summary>
internal sealed record TicketIntake(
    TicketKind Kind,
    IntakeChannel Channel,
    Guid CustomerId,
    string? UnitId,
    string? Location,
    TicketCategory Category,
    string Description,
    TicketPriority? RequestedPriority,
    WorkComplexity Complexity,
    DateTimeOffset? PromisedAt,
    bool Chargeable,
    decimal? Fee,
    string? Origin = null);

/// <summary>
/// What the ticket keeps of its customer (the Customers module owns the file), and where the report's receipt may be texted
/// (<paramref name="TextMobile"/>, null when the customer did not agree to text messages or gave no mobile).
/// </summary>
internal sealed record TicketCustomer(Guid Id, string Name, string? Phone, int? Tier, bool Vip, string? TextMobile = null);
