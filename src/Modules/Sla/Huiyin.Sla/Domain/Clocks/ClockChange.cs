using Huiyin.Sla.Contracts;

namespace Huiyin.Sla.Domain.Clocks;

/// <summary>One thing that happened to a clock, to be logged and published.</summary>
internal sealed record ClockChange(ClockEventKind Kind, DateTimeOffset At, int? Level = null);
