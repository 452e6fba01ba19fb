
namespace Huiyin.Notifications.Domain;

internal readonly record struct MessageId(Guid Value)
{
    public static MessageId New() => new(Guid.CreateVersion7());
}

internal enum MessageChannel
{
    Sms,
    Email,
}

internal enum MessageStatus
{
    Queued,
    Sent,
}

/// <summary>
/// A message to one recipient, rendered when queued and kept for good: what was sent, to whom, about which item, and how
/// delivery went. Failed attempts are counted by <see cref="Features.Events.DeliveryAttempts"/> outside the delivery's transaction.
/// </summary>
internal sealed class OutgoingMessage
{
    private OutgoingMessage()
    {
    }

    public MessageId Id { get; private set; }

    /// <summary>The order messages were queued in, for paging.</summary>
    public long Sequence { get; private set; }

    public MessageChannel Channel { get; private set; }

    public string Phone { get; private set; } = "";

    /// <summary>The address of an e-mail; none for a text message.</summary>
    public string? EmailAddress { get; private set; }

    /// <summary>The subject of an e-mail; none for a text message.</summary>
    public string? Subject { get; private set; }

    public string TemplateKey { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string? RelatedItemType { get; private set; }

    public Guid? RelatedItemId { get; private set; }

    /// <summary>The values the template was rendered with: a provider that keeps its own approved templates is sent these.</summary>
    public Dictionary<string, string> TemplateValues { get; private set; } = [];

    public MessageStatus Status { get; private set; }

    /// <summary>The provider's receipt for an accepted message (Alibaba Cloud's BizId), for tracing it in their console.</summary>
    public string? ProviderReference { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static OutgoingMessage QueueSms(
        string phone, string templateKey, IReadOnlyDictionary<string, string> values, string text, string? relatedItemType, Guid? relatedItemId, DateTimeOffset at)
    {
        var message = Queue(MessageChannel.Sms, templateKey, text, relatedItemType, relatedItemId, at);
        message.Phone = phone;
        message.TemplateValues = new Dictionary<string, string>(values);
        return message;
    }

    /// <summary>An e-mail about an item; <paramref name="templateKey"/> names what it says (the inbox code of the same news).</summary>
    public static OutgoingMessage QueueEmail(
        string address, string templateKey, string subject, string text, string? relatedItemType, Guid? relatedItemId, DateTimeOffset at)
    {
        var message = Queue(MessageChannel.Email, templateKey, text, relatedItemType, relatedItemId, at);
        message.EmailAddress = address;
        message.Subject = subject;
        return message;
    }

    private static OutgoingMessage Queue(MessageChannel channel, string templateKey, string text, string? relatedItemType, Guid? relatedItemId, DateTimeOffset at) => new()
    {
        Id = MessageId.New(),
        Channel = channel,
        TemplateKey = templateKey,
        Text = text,
        RelatedItemType = relatedItemType,
        RelatedItemId = relatedItemId,
        Status = MessageStatus.Queued,
        CreatedAt = at,
    };

    public void MarkSent(DateTimeOffset at, string? providerReference)
    {
        ProviderReference = providerReference;
        Attempts++;
        Status = MessageStatus.Sent;
        LastError = null;
        SentAt = at;
    }
}
