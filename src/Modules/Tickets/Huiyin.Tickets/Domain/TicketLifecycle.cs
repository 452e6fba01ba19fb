using static Huiyin.Tickets.Domain.TicketStatus;

namespace Huiyin.Tickets.Domain;

/// <summary>What may be done to a ticket, named as in the API's routes.</summary>
internal enum TicketAction
{
    Contact,
    Assign,
    Schedule,
    Start,
    Pend,
    Resume,
    Resolve,
    Close,
    Reopen,
    Cancel,
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
    public static string RouteName(TicketAction action) => action == TicketAction.HandBack ? "hand-back" : action.ToString().ToLowerInvariant();
}

internal static class TicketStatusGroups
{
    /// <summary>Work still to do: every status but Resolved, Closed and Cancelled.</summary>
    public static readonly TicketStatus[] Open = [New, Contacted, Assigned, Scheduled, InProgress, Pending, Reopened];
}
