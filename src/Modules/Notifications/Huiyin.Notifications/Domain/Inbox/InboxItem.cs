namespace Huiyin.Notifications.Domain.Inbox;

/// <summary>What kind of news an inbox line brings.</summary>
internal enum InboxKind
{
    Escalation,
    Breach,
    Warning,
    Job,
    FollowUp,
    Complaint,
    Outage,
    Certificate,
    Webhook,
    Emergency,
}

/// <summary>What an inbox line is about: the SPA opens it (a ticket, a complaint, an outage, equipment, a webhook endpoint).</summary>
internal sealed record InboxLink(string Type, Guid Id);

/// <summary>
/// What one event says to the people it concerns: a kind, a text as a stable code and its values (worded by the SPA in the
/// reader's language, as timeline lines are), the item it is about, and whether it should interrupt (a toast).
/// </summary>
internal sealed record InboxNote(InboxKind Kind, string Code, IReadOnlyDictionary<string, string> Args, InboxLink? Link, bool Urgent);

/// <summary>
/// One line of a person's inbox. <see cref="Sequence"/> increases per person in the order lines commit, so a client that
/// has seen line n asks for what came <c>after=n</c> and misses nothing.
/// </summary>
internal sealed class InboxItem
{
    private InboxItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public long Sequence { get; private set; }

    /// <summary>The integration event the line came from; with the recipient, unique, so a line is never written twice.</summary>
    public Guid EventId { get; private set; }

    public InboxKind Kind { get; private set; }

    public string Code { get; private set; } = "";

    public Dictionary<string, string> Args { get; private set; } = [];

    public string? LinkType { get; private set; }

    public Guid? LinkId { get; private set; }

    public bool Urgent { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static InboxItem Write(Guid recipientId, long sequence, Guid eventId, InboxNote note, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        RecipientId = recipientId,
        Sequence = sequence,
        EventId = eventId,
        Kind = note.Kind,
        Code = note.Code,
        Args = new Dictionary<string, string>(note.Args),
        LinkType = note.Link?.Type,
        LinkId = note.Link?.Id,
        Urgent = note.Urgent,
        CreatedAt = now,
    };
}
