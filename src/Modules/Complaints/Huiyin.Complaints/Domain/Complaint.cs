using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Contracts;
using Huiyin.Sla.Contracts;

namespace Huiyin.Complaints.Domain;

/// <summary>What the intake says the complaint is about and how it came in.</summary>
internal sealed record ComplaintIntake(
    ComplaintChannel Channel,
    ComplaintSource Source,
    ComplaintCategory Category,
    string Description,
    ComplaintTarget Target,
    ComplaintFacts Facts);

/// <summary>The department, staff member, contractor, product or facility complained of.</summary>
internal sealed record ComplaintTarget(ComplaintTargetKind Kind, Guid? StaffId, string? Department, string? Name);

/// <summary>The customer as the complaint keeps them: name and phone at intake, tier and VIP flag for the deadlines.</summary>
internal sealed record ComplaintCustomer(Guid Id, string Name, string? Phone, int? Tier, bool Vip);

/// <summary>A customer's complaint (投诉), from registration to closure, with its severity by rule.</summary>
internal sealed partial class Complaint : IAuditable, IVersioned
{
    private Complaint()
    {
    }

    public ComplaintId Id { get; private set; }

    /// <summary>Human-readable and unique: C-20261206-0001.</summary>
    public string Number { get; private set; } = "";

    public Guid CustomerId { get; private set; }

    public string CustomerName { get; private set; } = "";

    public string? CustomerPhone { get; private set; }

    public int? CustomerTier { get; private set; }

    public bool CustomerVip { get; private set; }

    public ComplaintChannel Channel { get; private set; }

    public ComplaintSource Source { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public string Description { get; private set; } = "";

    public ComplaintTargetKind TargetKind { get; private set; }

    public Guid? TargetStaffId { get; private set; }

    public string? TargetDepartment { get; private set; }

    /// <summary>The contractor, product or facility complained of, or the staff member's name.</summary>
    public string? TargetName { get; private set; }

    public int HouseholdsAffected { get; private set; }

    public decimal? CompensationClaimed { get; private set; }

    public bool LawsuitOrMedia { get; private set; }

    public bool InjuryOrHeavyLoss { get; private set; }

    public ComplaintSeverity Severity { get; private set; }

    /// <summary>Why the handler raised the severity above the rule's, if they did.</summary>
    public string? SeverityRaisedReason { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public ComplaintValidity Validity { get; private set; }

    public int RepeatCount { get; private set; }

    /// <summary>The staff member who took the complaint in; null when an API client registered it.</summary>
    public Guid? ReceivedById { get; private set; }

    /// <summary>The ticket this complaint was turned from (转为投诉), if any.</summary>
    public Guid? TicketId { get; private set; }

    /// <summary>The complaint this one follows: the complainant was dissatisfied when called back after it.</summary>
    public Guid? FollowsComplaintId { get; private set; }

    public Guid? SiteId { get; private set; }

    public Guid? BuildingId { get; private set; }

    public Guid? UnitId { get; private set; }

    public string? UnitLabel { get; private set; }

    /// <summary>The unit the complaint is about, with its building and site; null when the intake named none.</summary>
    public ComplaintPlace? Place => UnitId is { } unitId ? new ComplaintPlace(SiteId!.Value, BuildingId!.Value, unitId, UnitLabel!) : null;

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public uint Version { get; private set; }

    public ComplaintFacts Facts => new(HouseholdsAffected, CompensationClaimed, LawsuitOrMedia, InjuryOrHeavyLoss);

    public ComplaintSeverity RuleSeverity => SeverityRules.Proposed(Facts);

    public ClockAttributes ClockAttributes => ClockAttributesOf(Severity, Category, CustomerTier, CustomerVip);

    /// <summary>The clocks' attributes of a complaint about to be registered from <paramref name="intake"/>.</summary>
    public static ClockAttributes ClockAttributesOf(ComplaintIntake intake, ComplaintCustomer customer) =>
        ClockAttributesOf(SeverityRules.Proposed(intake.Facts), intake.Category, customer.Tier, customer.Vip);

    private static ClockAttributes ClockAttributesOf(ComplaintSeverity severity, ComplaintCategory category, int? tier, bool vip) =>
        new(SlaWorkType.Complaint, Severity: severity, CustomerTier: tier, Vip: vip, Category: category.ToString());

    public static Complaint Register(ComplaintId id, string number, ComplaintIntake intake, ComplaintCustomer customer, Guid? receivedById, Guid? ticketId, ComplaintPlace? place) => new()
    {
        Id = id,
        Number = number,
        CustomerId = customer.Id,
        CustomerName = customer.Name,
        CustomerPhone = customer.Phone,
        CustomerTier = customer.Tier,
        CustomerVip = customer.Vip,
        Channel = intake.Channel,
        Source = intake.Source,
        Category = intake.Category,
        Description = intake.Description,
        TargetKind = intake.Target.Kind,
        TargetStaffId = intake.Target.StaffId,
        TargetDepartment = intake.Target.Department,
        TargetName = intake.Target.Name,
        HouseholdsAffected = intake.Facts.HouseholdsAffected,
        CompensationClaimed = intake.Facts.CompensationClaimed,
        LawsuitOrMedia = intake.Facts.LawsuitOrMedia,
        InjuryOrHeavyLoss = intake.Facts.InjuryOrHeavyLoss,
        Severity = SeverityRules.Proposed(intake.Facts),
        Status = ComplaintStatus.Registered,
        Validity = ComplaintValidity.Undetermined,
        ReceivedById = receivedById,
        TicketId = ticketId,
        SiteId = place?.SiteId,
        BuildingId = place?.BuildingId,
        UnitId = place?.UnitId,
        UnitLabel = place?.Label,
    };

    /// <summary>Not yet resolved: registered, in handling, or reopened.</summary>
    public static readonly ComplaintStatus[] OpenStatuses =
        [ComplaintStatus.Registered, ComplaintStatus.Investigated, ComplaintStatus.RemedyProposed, ComplaintStatus.RemedyDecided, ComplaintStatus.CarriedOut, ComplaintStatus.Reopened];

    /// <summary>The severity one step up (按照投诉升级处理), or null when already Major.</summary>
    public ComplaintSeverity? NextSeverity => Severity == ComplaintSeverity.Major ? null : Severity + 1;

    /// <summary>The customer complained again of the same matter while this complaint was open.</summary>
    public void CountRepeat() => RepeatCount++;

    /// <summary>Raises the severity with a reason; never below the rule's (422), never to the same or a lower one than now.</summary>
    public Result Raise(ComplaintSeverity severity, string reason)
    {
        if (severity < RuleSeverity)
        {
            return Error.BusinessRule("severity_below_rule", $"The facts make this complaint {RuleSeverity}; its severity cannot be set below that.")
                .With("ruleSeverity", RuleSeverity.ToString());
        }

        if (severity <= Severity)
        {
            return Error.BusinessRule("severity_not_raised", $"The complaint is already {Severity}; a severity can only be raised.")
                .With("severity", Severity.ToString());
        }

        Severity = severity;
        SeverityRaisedReason = reason;
        return Result.Success();
    }

    public void Follows(ComplaintId first) => FollowsComplaintId = first.Value;
}
