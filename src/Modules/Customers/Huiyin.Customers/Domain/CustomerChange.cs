
namespace Huiyin.Customers.Domain;

/// <summary>One changed field of a customer: who (staff member, API client or system), when, old and new value (masked when sensitive).</summary>
internal sealed class CustomerChange
{
    private CustomerChange()
    {
    }

    public Guid Id { get; private set; }

    public CustomerId CustomerId { get; private set; }

    public string Field { get; private set; } = "";

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }

    public string ChangedBy { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public static CustomerChange Of(CustomerId customerId, string field, string? oldValue, string? newValue, string actor, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        CustomerId = customerId,
        Field = field,
        OldValue = oldValue,
        NewValue = newValue,
        ChangedBy = actor,
        ChangedAt = at,
    };
}
