using Huiyin.BuildingBlocks.Contacts;
using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Tickets.Domain;

/// <summary>
/// One contact with the customer (S4: 处理方式、处理时间、处理人、业主回复的具体内容): when, how, who, the outcome and
/// what the customer said.
/// </summary>
internal sealed class TicketContact
{
    private TicketContact()
    {
    }

    public Guid Id { get; private set; }

    public TicketId TicketId { get; private set; }

    /// <summary>To the minute.</summary>
    public DateTimeOffset At { get; private set; }

    public ContactMethod Method { get; private set; }

    public ContactOutcome Outcome { get; private set; }

    public string Actor { get; private set; } = "";

    public Guid? HandlerId { get; private set; }

    public string HandlerName { get; private set; } = "";

    public string Note { get; private set; } = "";

    /// <summary>The apology SMS sent because the customer could not be reached.</summary>
    public Guid? SmsMessageId { get; private set; }

    public static TicketContact Log(TicketId ticketId, DateTimeOffset at, ContactMethod method, ContactOutcome outcome, TicketActor handler, string note) => new()
    {
        Id = SequentialGuid.NewVersion7(),
        TicketId = ticketId,
        At = new DateTimeOffset(at.Ticks - at.Ticks % TimeSpan.TicksPerMinute, at.Offset).ToUniversalTime(),
        Method = method,
        Outcome = outcome,
        Actor = handler.Label,
        HandlerId = handler.StaffId,
        HandlerName = handler.Name,
        Note = note,
    };

    public void ApologySent(Guid messageId) => SmsMessageId = messageId;
}
