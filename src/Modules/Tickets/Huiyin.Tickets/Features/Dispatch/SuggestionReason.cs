using Huiyin.Tickets.Contracts;

namespace Huiyin.Tickets.Features.Dispatch;

/// <summary>
/// One reason a technician is suggested, as a code a client words in its own language with the values the wording
/// needs: the ticket's <c>category</c> for Skilled and NotSkilled, the <c>team</c> for SameTeam, the <c>count</c> for OpenJobs.
/// </summary>
internal sealed record SuggestionReason(SuggestionReasonCode Code, TicketCategory? Category = null, string? Team = null, int? Count = null)
{
    public static SuggestionReason Skill(TicketCategory category, bool skilled) =>
        new(skilled ? SuggestionReasonCode.Skilled : SuggestionReasonCode.NotSkilled, Category: category);

    public static SuggestionReason SameTeam(string? team) => new(SuggestionReasonCode.SameTeam, Team: team);

    public static SuggestionReason OpenJobs(int count) => new(SuggestionReasonCode.OpenJobs, Count: count);

    public static SuggestionReason AlreadyAssigned { get; } = new(SuggestionReasonCode.AlreadyAssigned);
}

internal enum SuggestionReasonCode
{
    Skilled,
    NotSkilled,
    SameTeam,
    OpenJobs,
    AlreadyAssigned,
}
