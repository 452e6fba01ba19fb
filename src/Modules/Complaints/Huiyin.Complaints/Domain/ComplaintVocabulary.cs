namespace Huiyin.Complaints.Domain;

internal readonly record struct ComplaintId(Guid Value)
{
    public static ComplaintId New() => new(Guid.CreateVersion7());
}

/// <summary>How the complaint reached the desk (来电、来访、来函、网上…).</summary>
internal enum ComplaintChannel
{
    Phone,
    WalkIn,
    Letter,
    Online,
    App,
    Api,
    Internal,
}

/// <summary>Where it came from: the customer directly, transferred by the audit or legal office, the hotline, the media, online.</summary>
internal enum ComplaintSource
{
    Direct,
    Transferred,
    Hotline,
    Media,
    Online,
}

/// <summary>What the complaint is about.</summary>
internal enum ComplaintTargetKind
{
    Department,
    Staff,
    Contractor,
    Product,
    Facility,
}

/// <summary>The matter complained of: service, fees, funds and maintenance (S0's effective complaints), staff conduct, and the site's services.</summary>
internal enum ComplaintCategory
{
    Service,
    Fees,
    Funds,
    Maintenance,
    StaffConduct,
    Security,
    Cleaning,
    Greening,
    Facilities,
    Parking,
    Other,
}

/// <summary>The handling steps of PRODUCT.md §3: each is reached by the action of <see cref="ComplaintLifecycle"/> named after it.</summary>
internal enum ComplaintStatus
{
    Registered,
    Investigated,
    RemedyProposed,
    RemedyDecided,
    CarriedOut,
    Resolved,
    Closed,
    Reopened,
}

/// <summary>Set at investigation (S0): an effective complaint, or a communication complaint seeking help or asking.</summary>
internal enum ComplaintValidity
{
    Undetermined,
    Effective,
    HelpSeeking,
    Enquiry,
}

/// <summary>The maintained list of root causes an investigation names.</summary>
internal enum RootCause
{
    StaffAttitude,
    ServiceDelay,
    WorkmanshipDefect,
    BillingError,
    FacilityFault,
    ContractorFault,
    Miscommunication,
    UnreasonableExpectation,
    ThirdParty,
    Other,
}

/// <summary>Why a severity rose: the handler's judgement, the one-month rule (an effective complaint still open a calendar month on), or a repeat of an open one.</summary>
internal enum SeverityRaiseCause
{
    Handler,
    OpenOneMonth,
    Repeat,
}
