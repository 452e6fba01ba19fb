
namespace Huiyin.Customers.Domain;

internal readonly record struct CustomerId(Guid Value)
{
    public static CustomerId New() => new(Guid.CreateVersion7());
}
