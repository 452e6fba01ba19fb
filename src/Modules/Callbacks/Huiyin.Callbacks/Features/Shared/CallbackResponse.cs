using Huiyin.Callbacks.Domain;

namespace Huiyin.Callbacks.Features.Shared;

internal sealed record AttemptResponse(
    DateTimeOffset At, Guid? ById, TimeOfDay TimeOfDay, AttemptOutcome Outcome, int? Satisfaction, string? Comment, string? NewIssueCategory, string? NewIssueDescription);

internal sealed record FollowUpResponse(FollowUpKind Kind, Guid ItemId, string? Number);

/// <summary>
/// Whom to call and what to say: the customer's name and phone, the greeting in the name of the company and the caller, the case in
/// brief, the closing.
/// </summary>
internal sealed record CallScriptResponse(string? CustomerName, string? CustomerPhone, string Greeting, string? CaseSummary, string Closing);

/// <summary>A callback; <c>callAt</c> is when to call next, <c>script</c> is filled on the workbench list.</summary>
internal sealed record CallbackResponse(
    Guid Id,
    CallbackReason Reason,
    CallbackItemType? ItemType,
    Guid? ItemId,
    string? ItemNumber,
    Guid CustomerId,
    Guid? AssigneeId,
    Guid? TeamId,
    Guid? RatedStaffId,
    Guid? SiteId,
    Guid? UnitId,
    DateTimeOffset DueAt,
    DateTimeOffset CallAt,
    CallbackStatus Status,
    int? Satisfaction,
    string? Note,
    IReadOnlyList<AttemptResponse> Attempts,
    IReadOnlyList<FollowUpResponse> FollowUps,
    DateTimeOffset? ClosedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    CallScriptResponse? Script = null)
{
    public static CallbackResponse From(Callback c, CallScriptResponse? script = null) => new(
        c.Id.Value, c.Reason, c.ItemType, c.ItemId, c.ItemNumber, c.CustomerId, c.AssigneeId, c.TeamId, c.RatedStaffId, c.SiteId, c.UnitId,
        c.DueAt, c.CallAt, c.Status, c.Satisfaction, c.Note,
        c.Attempts.Select(a => new AttemptResponse(a.At, a.ById, a.TimeOfDay, a.Outcome, a.Satisfaction, a.Comment, a.NewIssueCategory, a.NewIssueDescription)).ToList(),
        c.FollowUps.Select(f => new FollowUpResponse(Enum.Parse<FollowUpKind>(f.Kind), f.ItemId, f.Number)).ToList(),
        c.ClosedAt, c.CreatedAt, c.UpdatedAt, script);
}
