using Huiyin.BuildingBlocks.Contacts;
using System.Globalization;
using Huiyin.Tickets.Domain;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>
/// The words of every line a ticket's timeline holds: a stable code, its values (plain strings, API values
/// where there are some) and the server's English text. The SPA words a line from its code and values.
/// </summary>
internal static class TimelineNotes
{
    private const string Separator = ", ";

    public static TimelineNote Created(Ticket ticket, DateTimeOffset? receivedAt) => new("created",
        $"{ticket.Kind} · {ticket.Channel} · {ticket.Category}: {ticket.Description}" + (receivedAt is { } at ? $" (received {at.ToUniversalTime():u})" : ""),
        Args(("kind", ticket.Kind.ToString()), ("channel", ticket.Channel.ToString()), ("category", ticket.Category.ToString()),
            ("description", ticket.Description), ("receivedAt", receivedAt?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture))));

    public static TimelineNote StatusChanged(string note) => new("status_changed", note, Args(("note", note)));

    public static TimelineNote ContactLogged(ContactMethod method, ContactOutcome outcome, string note) =>
        new("contact_logged", $"{method} · {outcome}: {note}", Args(("method", method.ToString()), ("outcome", outcome.ToString()), ("note", note)));

    public static TimelineNote NoApologySmsWithoutPhone() => new("apology_sms_no_phone", "No apology SMS: the customer has no phone on file.");

    public static TimelineNote NoApologySms(string reasonCode, string reason) =>
        new("apology_sms_failed", $"No apology SMS: {reason}", Args(("reasonCode", reasonCode), ("reason", reason)));

    public static TimelineNote HandedOff(Guid teamId, string note) =>
        new("handed_off", $"Handed off to team {teamId} by phone: {note}", Args(("teamId", teamId.ToString()), ("note", note)));

    public static TimelineNote ReceiptSent() => new("receipt_sms_sent", "SMS receipt sent: the report is acknowledged.");

    public static TimelineNote NoReceipt(string reasonCode, string reason) =>
        new("receipt_sms_failed", $"No SMS receipt: {reason}", Args(("reasonCode", reasonCode), ("reason", reason)));

    /// <summary>Names the crew; an id whose name is unknown (a member since removed) stands for itself.</summary>
    public static TimelineNote Assigned(IEnumerable<Guid> crew, IReadOnlyDictionary<Guid, string> names)
    {
        var ids = crew.ToList();
        var technicians = string.Join(Separator, ids.Select(id => names.GetValueOrDefault(id, id.ToString())));
        return new("assigned", technicians, Args(("technicians", technicians), ("technicianIds", string.Join(Separator, ids))));
    }

    public static TimelineNote DetailsChanged(IEnumerable<string> fields)
    {
        var changed = string.Join(Separator, fields);
        return new("details_changed", $"Corrected: {changed}", Args(("fields", changed)));
    }

    public static TimelineNote HandedBack(string reason) => new("handed_back", reason, Args(("reason", reason)));

    public static TimelineNote Scheduled(DateTimeOffset localFrom, DateTimeOffset localTo)
    {
        var (from, to) = (localFrom.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), localTo.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        return new("scheduled", $"{from} – {to}", Args(("from", from), ("to", to)));
    }

    public static TimelineNote CheckedIn(double? latitude, double? longitude)
    {
        if (latitude is not { } lat || longitude is not { } lon)
        {
            return new("checked_in", "on site");
        }

        var (north, east) = (lat.ToString("0.######", CultureInfo.InvariantCulture), lon.ToString("0.######", CultureInfo.InvariantCulture));
        return new("checked_in_at", $"on site at {north}, {east}", Args(("latitude", north), ("longitude", east)));
    }

    public static TimelineNote CheckedOut(TimeSpan onSite, bool handedBack)
    {
        var duration = onSite.ToString("hh\\:mm", CultureInfo.InvariantCulture);
        return handedBack
            ? new("checked_out_on_hand_back", $"on site {duration} (handed back)", Args(("duration", duration)))
            : new("checked_out", $"on site {duration}", Args(("duration", duration)));
    }

    public static TimelineNote WorkLogged(string explanation, IReadOnlyCollection<MaterialUsed> materials)
    {
        if (materials.Count == 0)
        {
            return new("work_logged", explanation, Args(("explanation", explanation)));
        }

        var used = string.Join(Separator, materials.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Name} {m.Quantity:0.###} {m.Unit}")));
        return new("work_logged_with_materials", $"{explanation}; 材料: {used}", Args(("explanation", explanation), ("materials", used)));
    }

    public static TimelineNote PhotoAdded(string contentType, long bytes)
    {
        var size = (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);
        return new("photo_added", $"{contentType}, {size} KB", Args(("contentType", contentType), ("sizeKb", size)));
    }

    public static TimelineNote SignedOff(string customerName, bool satisfied, string? comment)
    {
        var text = $"{customerName}: {(satisfied ? "满意" : "不满意")}";
        var values = Args(("customerName", customerName), ("satisfied", satisfied ? "true" : "false"));
        return comment is { Length: > 0 }
            ? new("signed_off_with_comment", $"{text} — {comment}", new Dictionary<string, string>(values) { ["comment"] = comment })
            : new("signed_off", text, values);
    }

    public static TimelineNote PriorityChanged(TicketPriority from, TicketPriority to, string? tier, bool vip) => new("priority_changed",
        $"{from} → {to} (customer tier {tier ?? "-"}{(vip ? ", VIP" : "")})",
        Args(("from", from.ToString()), ("to", to.ToString()), ("tier", tier), ("vip", vip ? "true" : "false")));

    public static TimelineNote FollowUpDue(DateTimeOffset since) => new("follow_up_due",
        $"No contact with the customer since {since:u}.", Args(("since", since.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture))));

    private static Dictionary<string, string> Args(params (string Name, string? Value)[] values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => v.Value!);
}
