using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Domain.Notices;

namespace Huiyin.Facilities.Domain.Outages;

internal readonly record struct OutageId(Guid Value)
{
    public static OutageId New() => new(Guid.CreateVersion7());
}

internal enum OutageKind
{
    PowerCut,
    WaterCut,
    BurstPipe,
    GasLeak,
    Fire,
    LiftEntrapment,
    Other,
}

/// <summary>
/// A power cut, water cut, burst pipe or other incident over a set of units, chosen by site, building, floor or unit and
/// resolved into <see cref="OutageUnit"/> rows when it is recorded. In force until restored; a restoration is final.
/// </summary>
internal sealed class Outage : IAuditable, IVersioned
{
    private Outage()
    {
    }

    public OutageId Id { get; private set; }

    /// <summary>The order outages were recorded in, for paging.</summary>
    public long Sequence { get; private set; }

    public OutageKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public List<Guid> SiteIds { get; private set; } = [];

    public List<Guid> BuildingIds { get; private set; } = [];

    /// <summary>The scope as people say it: 翠苑, 翠苑 3栋, 翠苑 3栋 15层, 翠苑 3栋 2单元 1502.</summary>
    public List<string> ScopeLabels { get; private set; } = [];

    public int AffectedUnitCount { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EstimatedRestorationAt { get; private set; }

    public DateTimeOffset? RestoredAt { get; private set; }

    public Guid? ReportedById { get; private set; }

    public Guid? RestoredById { get; private set; }

    /// <summary>The notice sent to the affected units when the outage was recorded.</summary>
    public NoticeId? StartNoticeId { get; private set; }

    /// <summary>The notice sent to them when service came back.</summary>
    public NoticeId? RestorationNoticeId { get; private set; }

    public bool InForce => RestoredAt is null;

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public uint Version { get; private set; }

    public static Outage Start(OutageKind kind, string title, UnitScope scope, DateTimeOffset startedAt, DateTimeOffset? estimatedRestorationAt, Guid? reportedById) => new()
    {
        Id = OutageId.New(),
        Kind = kind,
        Title = title,
        SiteIds = [.. scope.SiteIds],
        BuildingIds = [.. scope.BuildingIds],
        ScopeLabels = [.. scope.Labels],
        AffectedUnitCount = scope.UnitIds.Count,
        StartedAt = startedAt.ToUniversalTime(),
        EstimatedRestorationAt = estimatedRestorationAt?.ToUniversalTime(),
        ReportedById = reportedById,
    };

    public void Announced(NoticeId notice)
    {
        if (InForce)
        {
            StartNoticeId = notice;
        }
        else
        {
            RestorationNoticeId = notice;
        }
    }

    /// <summary>Ends the outage: 409 when it was restored already, 400 when the time is before it started.</summary>
    public Result Restore(DateTimeOffset restoredAt, Guid? restoredById)
    {
        if (!InForce)
        {
            return Error.Conflict("outage_restored", "This outage was restored already.");
        }

        if (restoredAt < StartedAt)
        {
            return Error.Validation("restored_before_start", "restoredAt", "The restoration is before the outage started.");
        }

        RestoredAt = restoredAt.ToUniversalTime();
        RestoredById = restoredById;
        return Result.Success();
    }
}

/// <summary>One unit an outage affects; the set is fixed when the outage is recorded.</summary>
internal sealed record OutageUnit(OutageId OutageId, UnitId UnitId);
