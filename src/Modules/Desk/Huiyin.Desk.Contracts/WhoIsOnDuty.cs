using Huiyin.BuildingBlocks.Messaging;

namespace Huiyin.Desk.Contracts;

/// <summary>
/// Who is on duty at <paramref name="At"/> by the duty roster, per team and shift (of <paramref name="TeamId"/> only when given):
/// a shift that started the day before and crosses midnight counts, a shift that does not run on a holiday (or only on holidays)
/// of the team's business calendar does not (or only then). Shifts without anyone assigned are left out.
/// </summary>
public sealed record WhoIsOnDuty(DateTimeOffset At, Guid? TeamId = null) : IQuery<IReadOnlyList<OnDuty>>;

/// <summary>The people of one team's shift on one day (<paramref name="Date"/>, the day it starts), from <paramref name="From"/> to <paramref name="To"/>.</summary>
public sealed record OnDuty(Guid TeamId, string Shift, DateOnly Date, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<Guid> StaffIds);
