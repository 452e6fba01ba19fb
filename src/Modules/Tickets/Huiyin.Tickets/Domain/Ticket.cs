using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;

namespace Huiyin.Tickets.Domain;

/// <summary>An enquiry, service request or repair, from intake to closure (事事有着落，件件有回音).</summary>
internal sealed class Ticket : IAuditable, IVersioned
{
    private Ticket()
    {
    }

    public TicketId Id { get; private set; }

    /// <summary>Human-readable and unique: T-20261123-0042.</summary>
    public string Number { get; private set; } = "";

    public TicketKind Kind { get; private set; }

    public IntakeChannel Channel { get; private set; }

    public Guid CustomerId { get; private set; }

    public string CustomerName { get; private set; } = "";

    public string? CustomerPhone { get; private set; }

    public int? CustomerTier { get; private set; }

    public bool CustomerVip { get; private set; }

    public string? UnitId { get; private set; }

    public string? Location { get; private set; }

    /// <summary>The outages in force at the ticket's unit when it was taken in (a caller reporting no water during a water cut).</summary>
    public List<TicketOutage> Outages { get; private set; } = [];

    /// <summary>What opened the ticket when it was not a customer: an inspection round's item, a maintenance plan's occurrence.</summary>
    public string? Origin { get; private set; }

    public TicketCategory Category { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>What the agent chose, if anything; the priority itself never falls below what the customer's tier asks.</summary>
    public TicketPriority? RequestedPriority { get; private set; }

    public TicketPriority Priority { get; private set; }

    public WorkComplexity Complexity { get; private set; }

    public TicketStatus Status { get; private set; }

    public TicketStatus? StatusBeforePending { get; private set; }

    public string? PendingReason { get; private set; }

    /// <summary>The handling time agreed with the customer (确定具体处理时间).</summary>
    public DateTimeOffset? PromisedAt { get; private set; }

    public DateTimeOffset? AppointmentFrom { get; private set; }

    public DateTimeOffset? AppointmentTo { get; private set; }

    /// <summary>有偿服务: the customer pays for this work.</summary>
    public bool Chargeable { get; private set; }

    public decimal? Fee { get; private set; }

    public Guid? TeamId { get; private set; }

    /// <summary>The dispatched technicians, lead first; several for a major fault (加派人力).</summary>
    public List<Guid> TechnicianIds { get; private set; } = [];

    public DateTimeOffset? FirstContactAt { get; private set; }

    public DateTimeOffset? LastContactAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? ResolutionSummary { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? CancelReason { get; private set; }

    public TicketDeadlines Deadlines { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public uint Version { get; private set; }

    public bool IsOpen => TicketLifecycle.IsOpen(Status);

    public ClockAttributes ClockAttributes => new(SlaWorkType.Ticket, Complexity, CustomerTier: CustomerTier, Vip: CustomerVip, Category: Category.ToString());

    public static Ticket Open(TicketId id, string number, TicketIntake intake, TicketCustomer customer) => new()
    {
        Id = id,
        Number = number,
        Kind = intake.Kind,
        Channel = intake.Channel,
        CustomerId = customer.Id,
        CustomerName = customer.Name,
        CustomerPhone = customer.Phone,
        CustomerTier = customer.Tier,
        CustomerVip = customer.Vip,
        UnitId = intake.UnitId,
        Location = intake.Location,
        Origin = intake.Origin,
        Category = intake.Category,
        Description = intake.Description,
        RequestedPriority = intake.RequestedPriority,
        Priority = PriorityFor(intake.RequestedPriority, customer.Tier, customer.Vip),
        Complexity = intake.Complexity,
        PromisedAt = intake.PromisedAt,
        Chargeable = intake.Chargeable,
        Fee = intake.Fee,
        Status = TicketStatus.New,
    };

    /// <summary>Tier-1 and VIP customers are served with high priority; an agent may ask for more, never for less.</summary>
    public static TicketPriority PriorityFor(TicketPriority? requested, int? tier, bool vip)
    {
        var byTier = tier == 1 || vip ? TicketPriority.High : TicketPriority.Normal;
        return requested is { } chosen && chosen > byTier ? chosen : byTier;
    }

    public void StartDeadlines(StartedClocks started) => Deadlines = TicketDeadlines.From(started);

    /// <summary>The customer's tier or VIP flag changed: priority follows. Answers whether it moved.</summary>
    public bool ReconsiderPriority(int? tier, bool vip)
    {
        (CustomerTier, CustomerVip) = (tier, vip);
        var before = Priority;
        Priority = PriorityFor(RequestedPriority, tier, vip);
        return Priority != before;
    }

    /// <summary>
    /// Corrects what intake wrote down. The deadlines stay as intake set them (moving one is an extension, not an edit).
    /// Answers the fields that changed; a closed or cancelled ticket keeps its record as it was.
    /// </summary>
    public Result<IReadOnlyList<string>> Correct(TicketCategory category, string description, string? unitId, string? location, DateTimeOffset? promisedAt)
    {
        if (!IsOpen)
        {
            return NotOpen("details can no longer be changed");
        }

        var changed = new (string Field, bool Differs)[]
            {
                ("category", category != Category), ("description", description != Description), ("unitId", unitId != UnitId),
                ("location", location != Location), ("promisedAt", promisedAt != PromisedAt),
            }
            .Where(field => field.Differs).Select(field => field.Field).ToList();
        (Category, Description, UnitId, Location, PromisedAt) = (category, description, unitId, location, promisedAt);
        return changed;
    }

    /// <summary>The desk called the department that does the work (a logged call instead of a dispatch): the team takes it on.</summary>
    public Result HandOff(Guid teamId)
    {
        if (!IsOpen)
        {
            return NotOpen("work can no longer be handed off");
        }

        TeamId = teamId;
        return Result.Success();
    }

    public Result<StatusMove> LogContact(DateTimeOffset at)
    {
        var move = Take(TicketAction.Contact, Status == TicketStatus.New ? TicketStatus.Contacted : Status);
        if (move.IsSuccess)
        {
            FirstContactAt ??= at;
            LastContactAt = LastContactAt is { } last && last > at ? last : at;
        }

        return move;
    }

    public Result<StatusMove> Assign(IReadOnlyList<Guid> technicianIds, Guid? teamId)
    {
        var move = Take(TicketAction.Assign, TicketStatus.Assigned);
        if (move.IsSuccess)
        {
            TechnicianIds = [.. technicianIds];
            TeamId = teamId ?? TeamId;
        }

        return move;
    }

    public Result<StatusMove> Schedule(DateTimeOffset from, DateTimeOffset to)
    {
        var move = Take(TicketAction.Schedule, TicketStatus.Scheduled);
        if (move.IsSuccess)
        {
            (AppointmentFrom, AppointmentTo) = (from, to);
        }

        return move;
    }

    public Result<StatusMove> StartWork() => Take(TicketAction.Start, TicketStatus.InProgress);

    public Result<StatusMove> Pend(string reason)
    {
        var before = Status;
        var move = Take(TicketAction.Pend, TicketStatus.Pending);
        if (move.IsSuccess)
        {
            (StatusBeforePending, PendingReason) = (before, reason);
        }

        return move;
    }

    public Result<StatusMove> Resume()
    {
        var move = Take(TicketAction.Resume, StatusBeforePending ?? TicketStatus.Contacted);
        if (move.IsSuccess)
        {
            (StatusBeforePending, PendingReason) = (null, null);
        }

        return move;
    }

    public Result<StatusMove> Resolve(string summary, DateTimeOffset now)
    {
        var move = Take(TicketAction.Resolve, TicketStatus.Resolved);
        if (move.IsSuccess)
        {
            (ResolvedAt, ResolutionSummary) = (now, summary);
        }

        return move;
    }

    public Result<StatusMove> Close(DateTimeOffset now)
    {
        var move = Take(TicketAction.Close, TicketStatus.Closed);
        if (move.IsSuccess)
        {
            ClosedAt = now;
        }

        return move;
    }

    public Result<StatusMove> Reopen()
    {
        var move = Take(TicketAction.Reopen, TicketStatus.Reopened);
        if (move.IsSuccess)
        {
            (ResolvedAt, ClosedAt) = (null, null);
        }

        return move;
    }

    public Result<StatusMove> Cancel(string reason)
    {
        var move = Take(TicketAction.Cancel, TicketStatus.Cancelled);
        if (move.IsSuccess)
        {
            CancelReason = reason;
        }

        return move;
    }

    /// <summary>A technician gives the job back (wrong trade, no access); when the last one does, it returns to dispatch.</summary>
    public Result<StatusMove> HandBack(Guid technicianId)
    {
        var remaining = TechnicianIds.Where(id => id != technicianId).ToList();
        var move = Take(TicketAction.HandBack, remaining.Count > 0 ? Status : FirstContactAt is null ? TicketStatus.New : TicketStatus.Contacted);
        if (move.IsSuccess)
        {
            TechnicianIds = remaining;
        }

        return move;
    }

    public void RecordFieldOutcome(bool chargeable, decimal? fee) => (Chargeable, Fee) = (chargeable, chargeable ? fee : null);

    public bool IsCrewMember(Guid staffId) => TechnicianIds.Contains(staffId);

    /// <summary>Work on site (a work log, a photo, the customer's sign-off, resolving) is done while the job is in progress.</summary>
    public Result RequireOnSite(string step) =>
        Status == TicketStatus.InProgress
            ? Result.Success()
            : Error.Conflict("not_on_site", $"Cannot {step} while the status is {Status}: check in on site first.",
                new Dictionary<string, object?> { ["currentStatus"] = Status.ToString() }).With("step", step);

    private Error NotOpen(string what) =>
        Error.Conflict("ticket_not_open", $"A {Status} ticket's {what}.", new Dictionary<string, object?> { ["currentStatus"] = Status.ToString() });

    private Result<StatusMove> Take(TicketAction action, TicketStatus target)
    {
        if (!TicketLifecycle.Allows(Status, action))
        {
            return Error.IllegalTransition(TicketLifecycle.RouteName(action), Status.ToString(),
                TicketLifecycle.AllowedIn(Status).Select(TicketLifecycle.RouteName));
        }

        var move = new StatusMove(action, Status, target);
        Status = target;
        return move;
    }
}

/// <summary>A status change a ticket made (from and to may be equal: a second contact, a re-dispatch).</summary>
internal sealed record StatusMove(TicketAction Action, TicketStatus From, TicketStatus To)
{
    public bool Changed => From != To;
}
