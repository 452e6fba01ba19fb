namespace Huiyin.Callbacks.Domain;

/// <summary>One call: when, by whom, in which part of the day, what came of it, and any new issue the customer raised.</summary>
internal sealed class CallbackAttempt
{
    public DateTimeOffset At { get; set; }

    public Guid? ById { get; set; }

    public TimeOfDay TimeOfDay { get; set; }

    public AttemptOutcome Outcome { get; set; }

    public int? Satisfaction { get; set; }

    public string? Comment { get; set; }

    public string? NewIssueCategory { get; set; }

    public string? NewIssueDescription { get; set; }
}

/// <summary>What the answer changed: the ticket reopened or closed, a ticket or complaint opened (<c>Kind</c>), with its number.</summary>
internal sealed class CallbackFollowUp
{
    public string Kind { get; set; } = "";

    public Guid ItemId { get; set; }

    public string? Number { get; set; }
}
