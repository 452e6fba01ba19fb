using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Calendars;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Domain.Policies;

namespace Huiyin.Sla.Tests.Domain;

public sealed class ClockLadderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromHours(10);
    private static readonly IWorkingCalendar Always = AlwaysOpenCalendar.Instance;

    [Fact]
    public void A_clock_warns_at_80_percent_breaches_at_due_and_climbs_one_level_per_further_window()
    {
        var clock = StartClock();

        Assert.Empty(clock.Advance(Start + TimeSpan.FromHours(7.9), Always));
        Assert.Equal([ClockEventKind.Warned], Kinds(clock.Advance(Start + TimeSpan.FromHours(8), Always)));
        Assert.Equal(Start + Window, clock.NextCheckAt);
        Assert.Equal([(ClockEventKind.Breached, null), (ClockEventKind.Escalated, 1)], Steps(clock.Advance(Start + Window, Always)));
        Assert.Empty(clock.Advance(Start + (2 * Window) - TimeSpan.FromSeconds(1), Always));
        Assert.Equal([(ClockEventKind.Escalated, 2)], Steps(clock.Advance(Start + (2 * Window), Always)));
        Assert.Equal([(ClockEventKind.Escalated, 3)], Steps(clock.Advance(Start + (3 * Window), Always)));
        Assert.Null(clock.NextCheckAt);
        Assert.Empty(clock.Advance(Start + (10 * Window), Always));
    }

    [Fact]
    public void A_late_sweep_records_every_missed_step_at_once()
    {
        var clock = StartClock();

        var changes = clock.Advance(Start + (2 * Window), Always);

        Assert.Equal([(ClockEventKind.Warned, null), (ClockEventKind.Breached, null), (ClockEventKind.Escalated, 1), (ClockEventKind.Escalated, 2)], Steps(changes));
        Assert.Equal(2, clock.EscalationLevel);
    }

    [Fact]
    public void Pausing_stops_the_clock_and_resuming_moves_the_due_time_by_the_paused_time()
    {
        var clock = StartClock();
        clock.Pause(Start + TimeSpan.FromHours(2));

        Assert.Null(clock.NextCheckAt);
        Assert.Empty(clock.Advance(Start + (3 * Window), Always));
        clock.Resume(Start + TimeSpan.FromHours(5), Always);

        Assert.Equal(Start + TimeSpan.FromHours(13), clock.DueAt);
        Assert.Equal(Start + TimeSpan.FromHours(11), clock.WarnAt);
        Assert.Equal(TimeSpan.FromHours(3), clock.PausedTotal);
        Assert.Equal(clock.WarnAt, clock.NextCheckAt);
    }

    [Fact]
    public void Paused_time_on_a_business_calendar_counts_only_working_hours()
    {
        var office = Calendars.Office();
        var clock = SlaClock.Start(SlaWorkType.Ticket, Guid.NewGuid(), SlaMetric.Resolution, Choice(TimeSpan.FromHours(3)), Guid.Empty,
            Calendars.At(2026, 11, 27, 16, 0), office);
        Assert.Equal(Calendars.At(2026, 11, 30, 10, 0), clock.DueAt);

        clock.Pause(Calendars.At(2026, 11, 27, 17, 0));
        clock.Resume(Calendars.At(2026, 11, 30, 9, 0), office);

        Assert.Equal(Calendars.At(2026, 11, 30, 11, 0), clock.DueAt);
    }

    [Fact]
    public void Fulfilled_before_the_due_time_is_on_time_and_stops_checking()
    {
        var clock = StartClock();

        var changes = clock.Fulfil(Start + TimeSpan.FromHours(9)).Value;

        Assert.Equal([ClockEventKind.Fulfilled], Kinds(changes));
        Assert.True(clock.FulfilledOnTime);
        Assert.Null(clock.NextCheckAt);
    }

    [Fact]
    public void Fulfilled_after_a_breach_is_late_and_the_breach_stays()
    {
        var clock = StartClock();
        clock.Advance(Start + Window, Always);

        clock.Fulfil(Start + Window + TimeSpan.FromHours(1));

        Assert.False(clock.FulfilledOnTime);
        Assert.True(clock.EverBreached);
        Assert.NotNull(clock.BreachedAt);
    }

    [Fact]
    public void Fulfilled_late_before_any_sweep_noticed_records_the_breach_first()
    {
        var clock = StartClock();

        var changes = clock.Fulfil(Start + Window + TimeSpan.FromSeconds(3)).Value;

        Assert.Equal([ClockEventKind.Breached, ClockEventKind.Fulfilled], Kinds(changes));
        Assert.False(clock.FulfilledOnTime);
    }

    [Fact]
    public void Restarting_a_reopened_item_gives_a_fresh_window_but_remembers_the_breach()
    {
        var clock = StartClock();
        clock.Advance(Start + Window, Always);
        clock.Fulfil(Start + Window + TimeSpan.FromHours(1));
        var reopened = Start + TimeSpan.FromDays(2);

        clock.Restart(reopened, Always);

        Assert.Equal(reopened + Window, clock.DueAt);
        Assert.Null(clock.BreachedAt);
        Assert.Equal(0, clock.EscalationLevel);
        Assert.True(clock.EverBreached);
        Assert.Equal(reopened + TimeSpan.FromHours(8), clock.NextCheckAt);
    }

    [Theory]
    [InlineData("resume")]
    [InlineData("restart")]
    public void Illegal_transitions_name_the_status_and_what_is_allowed(string action)
    {
        var clock = StartClock();

        var result = action == "resume" ? clock.Resume(Start, Always) : clock.Restart(Start, Always);

        Assert.Equal("illegal_transition", result.Error.Code);
        Assert.Equal("Running", result.Error.Extensions!["currentStatus"]);
        Assert.Equal(["pause", "fulfil", "stop", "extend", "escalate"], (string[])result.Error.Extensions["allowedActions"]!);
    }

    [Fact]
    public void A_stopped_clock_cannot_be_paused_or_fulfilled()
    {
        var clock = StartClock();
        clock.Stop(Start);

        Assert.True(clock.Pause(Start).IsFailure);
        Assert.True(clock.Fulfil(Start).IsFailure);
        Assert.Null(clock.NextCheckAt);
    }

    private static SlaClock StartClock() =>
        SlaClock.Start(SlaWorkType.Ticket, Guid.NewGuid(), SlaMetric.Resolution, Choice(Window), Guid.Empty, Start, Always);

    private static PolicyChoice Choice(TimeSpan window) =>
        new(SlaPolicy.Create(new PolicyTerms("标准工单", 70, new PolicyMatch(SlaWorkType.Ticket), TimeSpan.FromHours(3), window, 80, null, 3, PolicyTerms.DefaultAcknowledgement, PolicyTerms.DefaultHandoff)), "test", new Dictionary<string, string>());

    private static IEnumerable<ClockEventKind> Kinds(IEnumerable<ClockChange> changes) => changes.Select(c => c.Kind);

    private static IEnumerable<(ClockEventKind, int?)> Steps(IEnumerable<ClockChange> changes) => changes.Select(c => (c.Kind, c.Level));
}
