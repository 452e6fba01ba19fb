using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Domain.Policies;
using Huiyin.Sla.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Policies;

/// <summary>What an administrator sends to create or change a policy. Windows are ISO 8601 durations, down to seconds.</summary>
internal interface IPolicyFields
{
    string Name { get; }

    int Order { get; }

    PolicyMatch? Match { get; }

    string FirstContact { get; }

    string Resolution { get; }

    int? WarnAtPercent { get; }

    Guid? CalendarId { get; }

    int? EscalationLevels { get; }

    /// <summary>PT15M when omitted.</summary>
    string? Acknowledgement { get; }

    /// <summary>PT1H when omitted.</summary>
    string? Handoff { get; }
}

/// <summary>The body of <c>PUT /sla/policies/{id}</c>.</summary>
internal sealed record PolicyFields(
    string Name, int Order, PolicyMatch? Match, string FirstContact, string Resolution, int? WarnAtPercent, Guid? CalendarId, int? EscalationLevels,
    string? Acknowledgement = null, string? Handoff = null)
    : IPolicyFields;

internal static class PolicyFieldsExtensions
{
    public static PolicyTerms ToTerms(this IPolicyFields fields) =>
        new(fields.Name.Trim(), fields.Order, fields.Match ?? new PolicyMatch(), IsoDurations.Parse(fields.FirstContact)!.Value,
            IsoDurations.Parse(fields.Resolution)!.Value, fields.WarnAtPercent ?? 80, fields.CalendarId, fields.EscalationLevels ?? 3,
            IsoDurations.Parse(fields.Acknowledgement) ?? PolicyTerms.DefaultAcknowledgement, IsoDurations.Parse(fields.Handoff) ?? PolicyTerms.DefaultHandoff);

    /// <summary>400 on <c>calendarId</c> when it names no calendar.</summary>
    public static async Task<Error?> CheckCalendarAsync(this IPolicyFields fields, SlaDbContext db, CancellationToken cancellationToken) =>
        fields.CalendarId is { } id && !await db.Calendars.AnyAsync(c => c.Id == id, cancellationToken)
            ? Error.Validation("unknown_calendar", "calendarId", "There is no such calendar.")
            : null;
}

internal abstract class PolicyFieldsValidator<T> : AbstractValidator<T>
    where T : IPolicyFields
{
    private const string WindowMessage = "A window is an ISO 8601 duration longer than zero and at most a year, e.g. PT3H, PT24H, P2D or PT30S.";
    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(366);

    protected PolicyFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the policy.").MaximumLength(100);
        RuleFor(x => x.Order).GreaterThanOrEqualTo(0);
        RuleFor(x => x.FirstContact).Must(BeAWindow).WithMessage(WindowMessage).WithErrorCode("time_window");
        RuleFor(x => x.Resolution).Must(BeAWindow).WithMessage(WindowMessage).WithErrorCode("time_window");
        RuleFor(x => x.Acknowledgement).Must(BeAWindow).WithMessage(WindowMessage).WithErrorCode("time_window").When(x => x.Acknowledgement is not null);
        RuleFor(x => x.Handoff).Must(BeAWindow).WithMessage(WindowMessage).WithErrorCode("time_window").When(x => x.Handoff is not null);
        RuleFor(x => x.WarnAtPercent).InclusiveBetween(1, 100);
        RuleFor(x => x.EscalationLevels).InclusiveBetween(0, 3);
        RuleFor(x => x.Match!.CustomerTier).InclusiveBetween(1, 3).When(x => x.Match is not null);
        RuleFor(x => x.Match!.Category).MaximumLength(40).When(x => x.Match is not null);
    }

    private static bool BeAWindow(string? text) => IsoDurations.Parse(text) is { } window && window > TimeSpan.Zero && window <= LongestWindow;
}
