using Huiyin.Sla.Contracts;

namespace Huiyin.Sla.Domain.Clocks;

/// <summary>
/// One thing that happened to a clock, to be logged and published. <paramref name="Cause"/> overrides the command's cause
/// (the sweep ending a pause); <paramref name="By"/> is who did it by hand (a manual escalation).
/// </summary>
internal sealed record ClockChange(ClockEventKind Kind, DateTimeOffset At, int? Level = null, string? Cause = null, string? By = null);
