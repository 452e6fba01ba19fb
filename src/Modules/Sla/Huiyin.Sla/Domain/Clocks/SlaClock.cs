using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Calendars;
using Huiyin.Sla.Domain.Policies;

namespace Huiyin.Sla.Domain.Clocks;

/// <summary>
/// One deadline of one item (its first contact, its resolution, a callback). It warns at the policy's
/// threshold, breaches at the due time, then climbs the ladder one level per further window:
/// 1 Supervisor at breach, 2 Manager, 3 Executive. <see cref="NextCheckAt"/> is when the sweep must look
/// at it next; null when nothing more can happen without a command.
/// </summary>
internal sealed class SlaClock
{
    private SlaClock()
    {
    }

    public Guid Id { get; private set; }

    public SlaWorkType ItemType { get; private set; }

    public Guid ItemId { get; private set; }

    public SlaMetric Metric { get; private set; }

    public Guid PolicyId { get; private set; }

    public string PolicyName { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public Guid? CalendarId { get; private set; }

    /// <summary>The version of the policies and calendars the policy was chosen from (see <see cref="PolicyCatalogue"/>).</summary>
    public Guid? CatalogueVersion { get; private set; }

    public TimeSpan Window { get; private set; }

    public int WarnAtPercent { get; private set; }

    public int EscalationLevels { get; private set; }

    public ClockStatus Status { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset WarnAt { get; private set; }

    public DateTimeOffset? PausedAt { get; private set; }

    /// <summary>When the current pause ends by itself (the pend limit) unless an approved extension has ended it first.</summary>
    public DateTimeOffset? PauseEndsAt { get; private set; }

    /// <summary>The last pause was ended by the pend limit or an approved extension, before the item itself resumed.</summary>
    public bool PauseCutShort { get; private set; }

    /// <summary>Working time spent paused, over the clock's life.</summary>
    public TimeSpan PausedTotal { get; private set; }

    public DateTimeOffset? WarnedAt { get; private set; }

    public DateTimeOffset? BreachedAt { get; private set; }

    /// <summary>Whether any window of this clock was ever breached: it stays true after a restart.</summary>
    public bool EverBreached { get; private set; }

    public int EscalationLevel { get; private set; }

    public DateTimeOffset? FulfilledAt { get; private set; }

    public DateTimeOffset? NextCheckAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>A clock under the policy's window, or due at <paramref name="dueAt"/> when the item sets its own due time.</summary>
    public static SlaClock Start(SlaWorkType itemType, Guid itemId, SlaMetric metric, PolicyChoice choice, Guid catalogueVersion, DateTimeOffset startAt,
        IWorkingCalendar calendar, DateTimeOffset? dueAt = null)
    {
        var clock = new SlaClock { Id = Guid.CreateVersion7(), ItemType = itemType, ItemId = itemId, Metric = metric };
        clock.TakePolicy(choice, catalogueVersion);
        if (dueAt is { } due && due > startAt)
        {
            clock.Window = calendar.WorkingTimeBetween(startAt, due);
        }

        clock.OpenWindow(startAt, calendar);
        return clock;
    }

    /// <summary>Records every warning, breach and escalation that is due by <paramref name="now"/>.</summary>
    public IReadOnlyList<ClockChange> Advance(DateTimeOffset now, IWorkingCalendar calendar)
    {
        var changes = new List<ClockChange>();
        if (Status == ClockStatus.Paused && PauseEndsAt is { } limit && limit <= now)
        {
            changes.Add(Resume(limit, calendar).Value with { Cause = "pend limit reached without an approved extension" });
            PauseCutShort = true;
        }

        while (Status == ClockStatus.Running && NextCheckAt <= now)
        {
            changes.Add(NextStep(now));
            NextCheckAt = NextCheck(calendar);
        }

        return changes;
    }

    /// <summary>Stops counting; <paramref name="until"/>, when given, is when the pause ends by itself (the pend limit).</summary>
    public Result<ClockChange> Pause(DateTimeOffset now, DateTimeOffset? until = null)
    {
        if (Status != ClockStatus.Running)
        {
            return Illegal("pause", ["resume"]);
        }

        Status = ClockStatus.Paused;
        PausedAt = now;
        PauseEndsAt = until;
        PauseCutShort = false;
        NextCheckAt = until;
        return new ClockChange(ClockEventKind.Paused, now);
    }

    /// <summary>
    /// Runs again; an unbreached due time (and an unreached warning) moves on by the working time paused.
    /// A breach already recorded stands, and its ladder keeps its schedule.
    /// </summary>
    public Result<ClockChange> Resume(DateTimeOffset now, IWorkingCalendar calendar)
    {
        if (Status != ClockStatus.Paused || PausedAt is not { } pausedAt)
        {
            return Illegal("resume", AllowedActions());
        }

        if (BreachedAt is null)
        {
            DueAt = calendar.Add(now, calendar.WorkingTimeBetween(pausedAt, DueAt));
        }

        if (WarnedAt is null)
        {
            WarnAt = calendar.Add(now, calendar.WorkingTimeBetween(pausedAt, WarnAt));
        }

        PausedTotal += calendar.WorkingTimeBetween(pausedAt, now);
        PausedAt = null;
        PauseEndsAt = null;
        Status = ClockStatus.Running;
        NextCheckAt = NextCheck(calendar);
        return new ClockChange(ClockEventKind.Resumed, now);
    }

    /// <summary>The item itself resumes: nothing to do when the pend limit or an extension already ended the pause.</summary>
    public Result<IReadOnlyList<ClockChange>> ResumeForItem(DateTimeOffset now, IWorkingCalendar calendar)
    {
        if (Status == ClockStatus.Running && PauseCutShort)
        {
            PauseCutShort = false;
            return Array.Empty<ClockChange>();
        }

        var resumed = Resume(now, calendar);
        return resumed.IsSuccess ? new[] { resumed.Value } : resumed.Error;
    }

    /// <summary>
    /// An approved extension: the due time becomes <paramref name="dueAt"/> and a paused clock runs again towards it (the
    /// approval answers the wait). An unreached warning moves with it; a breach is never undone, so a breached clock cannot be extended.
    /// </summary>
    public Result<IReadOnlyList<ClockChange>> Extend(DateTimeOffset dueAt, DateTimeOffset now, IWorkingCalendar calendar)
    {
        if (BreachedAt is not null || Status is not (ClockStatus.Running or ClockStatus.Paused))
        {
            return Illegal("extend", AllowedActions());
        }

        var changes = new List<ClockChange>();
        if (Status == ClockStatus.Paused)
        {
            changes.Add(Resume(now, calendar).Value);
            PauseCutShort = true;
        }

        DueAt = dueAt > DueAt ? dueAt : DueAt;
        if (WarnedAt is null)
        {
            WarnAt = calendar.Add(now, calendar.WorkingTimeBetween(now, DueAt) * WarnAtPercent / 100);
        }

        NextCheckAt = NextCheck(calendar);
        changes.Add(new ClockChange(ClockEventKind.Extended, now));
        return changes;
    }

    /// <summary>
    /// Someone raised the item by hand to <paramref name="level"/>, skipping the levels between; the ladder goes on from there.
    /// </summary>
    public Result<ClockChange> EscalateTo(int level, string reason, string by, DateTimeOffset now, IWorkingCalendar calendar)
    {
        if (Status is not (ClockStatus.Running or ClockStatus.Paused))
        {
            return Illegal("escalate", AllowedActions());
        }

        if (level <= EscalationLevel)
        {
            return Error.Conflict("already_escalated", $"The item is already at escalation level {EscalationLevel}.",
                new Dictionary<string, object?> { ["currentLevel"] = EscalationLevel });
        }

        EscalationLevel = level;
        NextCheckAt = Status == ClockStatus.Running ? NextCheck(calendar) : NextCheckAt;
        return new ClockChange(ClockEventKind.Escalated, now, level, reason, by);
    }

    /// <summary>The goal is met. Met after the due time but before a sweep noticed, the breach is recorded first.</summary>
    public Result<IReadOnlyList<ClockChange>> Fulfil(DateTimeOffset now)
    {
        if (Status is not (ClockStatus.Running or ClockStatus.Paused))
        {
            return Illegal("fulfil", AllowedActions());
        }

        var changes = new List<ClockChange>();
        if (BreachedAt is null && now > DueAt)
        {
            changes.Add(Breach(now));
        }

        Status = ClockStatus.Fulfilled;
        FulfilledAt = now;
        PausedAt = null;
        PauseEndsAt = null;
        NextCheckAt = null;
        changes.Add(new ClockChange(ClockEventKind.Fulfilled, now));
        return changes;
    }

    public bool FulfilledOnTime => Status == ClockStatus.Fulfilled && BreachedAt is null;

    public Result<ClockChange> Stop(DateTimeOffset now)
    {
        if (Status is not (ClockStatus.Running or ClockStatus.Paused))
        {
            return Illegal("stop", AllowedActions());
        }

        Status = ClockStatus.Stopped;
        PausedAt = null;
        PauseEndsAt = null;
        NextCheckAt = null;
        return new ClockChange(ClockEventKind.Stopped, now);
    }

    /// <summary>A fresh window from now for a reopened item. <see cref="EverBreached"/> remembers earlier breaches.</summary>
    public Result<ClockChange> Restart(DateTimeOffset now, IWorkingCalendar calendar)
    {
        if (Status is not (ClockStatus.Fulfilled or ClockStatus.Stopped))
        {
            return Illegal("restart", AllowedActions());
        }

        OpenWindow(now, calendar);
        return new ClockChange(ClockEventKind.Restarted, now);
    }

    /// <summary>
    /// The item's attributes changed (a complaint's severity raised): a running clock takes the window of the policy
    /// now matching and starts it afresh from now. <see cref="EverBreached"/> and the clock's events keep what happened before.
    /// </summary>
    public Result<ClockChange> RestartUnder(PolicyChoice choice, Guid catalogueVersion, DateTimeOffset now, IWorkingCalendar calendar)
    {
        if (Status != ClockStatus.Running)
        {
            return Illegal("restart", AllowedActions());
        }

        TakePolicy(choice, catalogueVersion);
        OpenWindow(now, calendar);
        return new ClockChange(ClockEventKind.Restarted, now);
    }

    /// <summary>When escalation level <paramref name="level"/> falls due: level 1 at the due time, each next one a window later.</summary>
    public DateTimeOffset EscalationDueAt(int level, IWorkingCalendar calendar) =>
        level <= 1 ? DueAt : calendar.Add(DueAt, Window * (level - 1));

    private void TakePolicy(PolicyChoice choice, Guid catalogueVersion)
    {
        var policy = choice.Policy;
        PolicyId = policy.Id;
        PolicyName = policy.Name;
        Explanation = choice.Explanation;
        CalendarId = policy.CalendarId;
        CatalogueVersion = catalogueVersion;
        Window = policy.WindowFor(Metric);
        WarnAtPercent = policy.WarnAtPercent;
        EscalationLevels = policy.EscalationLevels;
    }

    private void OpenWindow(DateTimeOffset start, IWorkingCalendar calendar)
    {
        Status = ClockStatus.Running;
        StartedAt = start;
        DueAt = calendar.Add(start, Window);
        WarnAt = calendar.Add(start, Window * WarnAtPercent / 100);
        WarnedAt = null;
        BreachedAt = null;
        EscalationLevel = 0;
        FulfilledAt = null;
        PausedAt = null;
        NextCheckAt = NextCheck(calendar);
    }

    private ClockChange NextStep(DateTimeOffset now)
    {
        if (WarnedAt is null && BreachedAt is null)
        {
            WarnedAt = now;
            return new ClockChange(ClockEventKind.Warned, now);
        }

        if (BreachedAt is null)
        {
            return Breach(now);
        }

        EscalationLevel++;
        return new ClockChange(ClockEventKind.Escalated, now, EscalationLevel);
    }

    private ClockChange Breach(DateTimeOffset now)
    {
        WarnedAt ??= now;
        BreachedAt = now;
        EverBreached = true;
        return new ClockChange(ClockEventKind.Breached, now);
    }

    private DateTimeOffset? NextCheck(IWorkingCalendar calendar) =>
        Status != ClockStatus.Running ? null
        : WarnedAt is null && WarnAt < DueAt ? WarnAt
        : BreachedAt is null ? DueAt
        : EscalationLevel < EscalationLevels ? EscalationDueAt(EscalationLevel + 1, calendar)
        : null;

    private string[] AllowedActions() => Status switch
    {
        ClockStatus.Running => ["pause", "fulfil", "stop", "extend", "escalate"],
        ClockStatus.Paused => ["resume", "fulfil", "stop", "extend", "escalate"],
        _ => ["restart"],
    };

    private Error Illegal(string action, string[] allowed) => Error.IllegalTransition(action, Status.ToString(), allowed);
}
