
namespace Huiyin.Customers.Domain;

/// <summary>One unmasked read of a customer's ID number or bank account: who, when, which fields, why.</summary>
internal sealed class SensitiveAccess
{
    private SensitiveAccess()
    {
    }

    public Guid Id { get; private set; }

    public CustomerId CustomerId { get; private set; }

    public List<string> Fields { get; private set; } = [];

    public string? Reason { get; private set; }

    public string AccessedBy { get; private set; } = "";

    public DateTimeOffset AccessedAt { get; private set; }

    public static SensitiveAccess Record(CustomerId customerId, IEnumerable<string> fields, string? reason, string actor, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        CustomerId = customerId,
        Fields = [.. fields],
        Reason = reason,
        AccessedBy = actor,
        AccessedAt = at,
    };
}
