using System.Reflection;
using System.Text.Json.Serialization;
using static Huiyin.Tickets.Domain.TicketStatus;

namespace Huiyin.Tickets.Domain;

/// <summary>What may be done to a ticket, named (in JSON too) as in the API's routes.</summary>
internal enum TicketAction
{
    [JsonStringEnumMemberName("contact")]
    Contact,

    [JsonStringEnumMemberName("assign")]
    Assign,

    [JsonStringEnumMemberName("schedule")]
    Schedule,

    [JsonStringEnumMemberName("start")]
    Start,

    [JsonStringEnumMemberName("pend")]
    Pend,

    [JsonStringEnumMemberName("resume")]
    Resume,

    [JsonStringEnumMemberName("resolve")]
    Resolve,

    [JsonStringEnumMemberName("close")]
    Close,

    [JsonStringEnumMemberName("reopen")]
    Reopen,

    [JsonStringEnumMemberName("cancel")]
    Cancel,

    [JsonStringEnumMemberName("hand-back")]
    HandBack,
}

/// <summary>
/// The transition matrix: from which statuses each action may be taken. Where an action has no fixed target
/// the ticket decides (a contact moves a New ticket to Contacted and leaves others be; resume returns to the
/// status before Pending; a hand-back returns to dispatch).
/// </summary>
internal static class TicketLifecycle
{
    private static readonly TicketStatus[] Open = TicketStatusGroups.Open;

    private static readonly Dictionary<TicketAction, TicketStatus[]> From = new()
    {
        [TicketAction.Contact] = [.. Open, Resolved],
        [TicketAction.Assign] = [New, Contacted, Reopened, Assigned, Scheduled],
        [TicketAction.Schedule] = [Assigned, Scheduled],
        [TicketAction.Start] = [Assigned, Scheduled],
        [TicketAction.Pend] = [Contacted, Assigned, Scheduled, InProgress, Reopened],
        [TicketAction.Resume] = [Pending],
        [TicketAction.Resolve] = [Contacted, Assigned, Scheduled, InProgress, Reopened],
        [TicketAction.Close] = [Resolved],
        [TicketAction.Reopen] = [Resolved, Closed],
        [TicketAction.Cancel] = Open,
        [TicketAction.HandBack] = [Assigned, Scheduled, InProgress],
    };

    public static bool IsOpen(TicketStatus status) => Open.Contains(status);

    public static bool Allows(TicketStatus status, TicketAction action) => From[action].Contains(status);

    /// <summary>The statuses from which <paramref name="action"/> may be taken (a query's filter: work that can be dispatched now).</summary>
    public static IReadOnlyList<TicketStatus> StatusesAllowing(TicketAction action) => From[action];

    public static IReadOnlyList<TicketAction> AllowedIn(TicketStatus status) =>
        Enum.GetValues<TicketAction>().Where(action => Allows(status, action)).ToList();

    /// <summary>The action as the API names it: <c>contact</c>, <c>hand-back</c>.</summary>
    public static string RouteName(TicketAction action) =>
        typeof(TicketAction).GetField(action.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name;
}

internal static class TicketStatusGroups
{
    /// <summary>Work still to do: every status but Resolved, Closed and Cancelled.</summary>
    public static readonly TicketStatus[] Open = [New, Contacted, Assigned, Scheduled, InProgress, Pending, Reopened];
}
