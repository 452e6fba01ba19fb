using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.BuildingBlocks.Contacts;

/// <summary>
/// One contact with a customer about their ticket or complaint (S4: 处理方式、处理时间、处理人、业主回复的具体内容): when (to the
/// minute), how, who, the outcome and what the customer said. Each module keeps its own, with the item it belongs to.
/// </summary>
public abstract class LoggedContact
{
    public Guid Id { get; private set; }

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

    /// <summary>Keeps the apology SMS that went out; answers why none did, for the case's timeline.</summary>
    public Error? Apologised(Result<Guid> sent)
    {
        if (sent.IsFailure)
        {
            return sent.Error;
        }

        SmsMessageId = sent.Value;
        return null;
    }

    /// <summary>Fills in the contact; <paramref name="actor"/> is the attributable label, <paramref name="handlerId"/> the staff member if one.</summary>
    protected void Record(DateTimeOffset at, ContactMethod method, ContactOutcome outcome, string actor, Guid? handlerId, string handlerName, string note)
    {
        Id = SequentialGuid.NewVersion7();
        At = new DateTimeOffset(at.Ticks - at.Ticks % TimeSpan.TicksPerMinute, at.Offset).ToUniversalTime();
        Method = method;
        Outcome = outcome;
        Actor = actor;
        HandlerId = handlerId;
        HandlerName = handlerName;
        Note = note;
    }
}
