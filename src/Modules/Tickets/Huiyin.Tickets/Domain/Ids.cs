
namespace Huiyin.Tickets.Domain;

internal readonly record struct TicketId(Guid Value)
{
    public static TicketId New() => new(Guid.CreateVersion7());
}
