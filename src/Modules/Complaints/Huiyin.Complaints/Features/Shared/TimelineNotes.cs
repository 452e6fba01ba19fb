using Huiyin.BuildingBlocks.Contacts;
using Huiyin.Complaints.Domain;
using Huiyin.Sla.Contracts;

namespace Huiyin.Complaints.Features.Shared;

/// <summary>
/// The words of every line a complaint's timeline holds: a stable code, its values (API values where there are some) and the
/// server's English text. The SPA words a line from its code and values.
/// </summary>
internal static class TimelineNotes
{
    public static TimelineNote Registered(Complaint c) => new("registered",
        $"{c.Number} · {c.Channel} · {c.Category} · {c.Severity}: {c.Description}",
        Args(("number", c.Number), ("channel", c.Channel.ToString()), ("category", c.Category.ToString()), ("severity", c.Severity.ToString()),
            ("description", c.Description)));

    public static TimelineNote StepTaken(ComplaintStatus from, ComplaintStatus to, IEnumerable<(string Name, string? Value)> words)
    {
        var given = words.Select(w => (w.Name, Value: w.Value?.Trim())).Where(w => !string.IsNullOrEmpty(w.Value)).ToList();
        return new("step_taken", $"{from} → {to}" + string.Concat(given.Select(w => $" · {w.Name}: {w.Value}")),
            Args([("from", from.ToString()), ("to", to.ToString()), .. given]));
    }

    public static TimelineNote SeverityRaised(ComplaintSeverity from, ComplaintSeverity to, SeverityRaiseCause cause, string reason) =>
        new("severity_raised", $"{from} → {to} ({cause}): {reason}",
            Args(("from", from.ToString()), ("to", to.ToString()), ("cause", cause.ToString()), ("reason", reason)));

    public static TimelineNote RepeatCounted(int repeatCount) =>
        new("repeat_counted", $"The customer complained again of the same matter ({repeatCount} times).", Args(("repeatCount", repeatCount.ToString())));

    public static TimelineNote ContactLogged(ContactMethod method, ContactOutcome outcome, string note) =>
        new("contact_logged", $"{method} · {outcome}: {note}", Args(("method", method.ToString()), ("outcome", outcome.ToString()), ("note", note)));

    public static TimelineNote NoApologySms(string reasonCode, string reason) =>
        new("apology_sms_failed", $"No apology SMS: {reason}", Args(("reasonCode", reasonCode), ("reason", reason)));

    public static TimelineNote ReceiptSent() => new("receipt_sent", "SMS receipt sent: the complaint is acknowledged.", Args());

    public static TimelineNote NoReceipt(string reasonCode, string reason) =>
        new("receipt_failed", $"No SMS receipt: {reason}", Args(("reasonCode", reasonCode), ("reason", reason)));

    public static TimelineNote HandedOff(Guid teamId, string note) =>
        new("handed_off", $"Handed off to team {teamId}: {note}", Args(("teamId", teamId.ToString()), ("note", note)));

    public static TimelineNote EvidenceAdded(Guid evidenceId) => new("evidence_added", "A photo added as evidence.", Args(("evidenceId", evidenceId.ToString())));

    private static Dictionary<string, string?> Args(params (string Name, string? Value)[] args) => args.ToDictionary(a => a.Name, a => a.Value);
}
