using System.Reflection;
using System.Text.Json.Serialization;
using Huiyin.BuildingBlocks.Results;
using static Huiyin.Complaints.Domain.ComplaintStatus;

namespace Huiyin.Complaints.Domain;

/// <summary>The handling steps that may be taken, named (in JSON too) as in the API's routes.</summary>
internal enum ComplaintAction
{
    [JsonStringEnumMemberName("investigate")]
    Investigate,

    [JsonStringEnumMemberName("propose-remedy")]
    ProposeRemedy,

    [JsonStringEnumMemberName("decide-remedy")]
    DecideRemedy,

    [JsonStringEnumMemberName("carry-out")]
    CarryOut,

    [JsonStringEnumMemberName("confirm")]
    Confirm,

    [JsonStringEnumMemberName("close")]
    Close,

    [JsonStringEnumMemberName("reopen")]
    Reopen,
}

/// <summary>
/// The transition matrix: from which statuses each step may be taken. A proposal may be revised until the Manager decides,
/// which is where a remedy the customer did not accept comes back to; the customer's confirmation decides between
/// Resolved and RemedyProposed.
/// </summary>
internal static class ComplaintLifecycle
{
    private static readonly Dictionary<ComplaintAction, ComplaintStatus[]> From = new()
    {
        [ComplaintAction.Investigate] = [Registered, Reopened],
        [ComplaintAction.ProposeRemedy] = [Investigated, RemedyProposed],
        [ComplaintAction.DecideRemedy] = [RemedyProposed],
        [ComplaintAction.CarryOut] = [RemedyDecided],
        [ComplaintAction.Confirm] = [CarriedOut],
        [ComplaintAction.Close] = [Resolved],
        [ComplaintAction.Reopen] = [Resolved, Closed],
    };

    public static bool Allows(ComplaintStatus status, ComplaintAction action) => From[action].Contains(status);

    public static IReadOnlyList<ComplaintAction> AllowedIn(ComplaintStatus status) =>
        Enum.GetValues<ComplaintAction>().Where(action => Allows(status, action)).ToList();

    /// <summary>Success when <paramref name="action"/> may be taken now, else the 409 naming the status and the steps it allows.</summary>
    public static Result Check(ComplaintStatus status, ComplaintAction action) =>
        Allows(status, action)
            ? Result.Success()
            : Error.IllegalTransition(RouteName(action), status.ToString(), AllowedIn(status).Select(RouteName));

    /// <summary>The step as the API names it: <c>investigate</c>, <c>propose-remedy</c>.</summary>
    public static string RouteName(ComplaintAction action) =>
        typeof(ComplaintAction).GetField(action.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name;
}
