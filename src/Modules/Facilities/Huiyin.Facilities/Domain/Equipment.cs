using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Facilities.Domain;

/// <summary>
/// Plant and equipment (lifts, boilers, pumps…) where it stands in the tree, its maintenance contractor and certificate, and
/// whether it is up; each time it is down is kept as a <see cref="Downtime"/>.
/// </summary>
internal sealed class Equipment : IAuditable, IVersioned
{
    private readonly List<Downtime> _downtimes = [];

    private Equipment()
    {
    }

    public EquipmentId Id { get; private set; }

    public string Name { get; private set; } = "";

    public EquipmentType Type { get; private set; }

    public SiteId SiteId { get; private set; }

    public BuildingId? BuildingId { get; private set; }

    public AreaId? AreaId { get; private set; }

    public UnitId? UnitId { get; private set; }

    public string? Contractor { get; private set; }

    public string? CertificateNumber { get; private set; }

    public DateTimeOffset? CertificateExpiresAt { get; private set; }

    public EquipmentStatus Status { get; private set; }

    public IReadOnlyList<Downtime> Downtimes => _downtimes;

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public uint Version { get; private set; }

    public static Equipment Create(string name, EquipmentType type, EquipmentLocation location, string? contractor, string? certificateNumber,
        DateTimeOffset? certificateExpiresAt) => new()
    {
        Id = EquipmentId.New(),
        Name = name,
        Type = type,
        SiteId = location.SiteId,
        BuildingId = location.BuildingId,
        AreaId = location.AreaId,
        UnitId = location.UnitId,
        Contractor = contractor,
        CertificateNumber = certificateNumber,
        CertificateExpiresAt = certificateExpiresAt?.ToUniversalTime(),
        Status = EquipmentStatus.Up,
    };

    /// <summary>Down opens a downtime, Up closes it and answers how long it lasted; the same status again is a 409.</summary>
    public Result<TimeSpan?> ChangeStatus(EquipmentStatus status, DateTimeOffset at, string? reason)
    {
        if (status == Status)
        {
            return Error.IllegalTransition($"mark the equipment {status}", Status.ToString(), [Status == EquipmentStatus.Up ? "Down" : "Up"]);
        }

        Status = status;
        if (status == EquipmentStatus.Down)
        {
            _downtimes.Add(Downtime.Begin(Id, at, reason));
            return Result<TimeSpan?>.Success(null);
        }

        var open = _downtimes.Single(d => d.EndedAt is null);
        open.End(at);
        return open.EndedAt - open.StartedAt;
    }
}

/// <summary>Where equipment stands: the site always; the building, public area or unit when it is in one (an area's building too).</summary>
internal sealed record EquipmentLocation(SiteId SiteId, BuildingId? BuildingId, AreaId? AreaId, UnitId? UnitId);

/// <summary>A time the equipment was down, from the report to its return to service.</summary>
internal sealed class Downtime
{
    private Downtime()
    {
    }

    public Guid Id { get; private set; }

    public EquipmentId EquipmentId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? Reason { get; private set; }

    public static Downtime Begin(EquipmentId equipmentId, DateTimeOffset at, string? reason) =>
        new() { Id = Guid.CreateVersion7(), EquipmentId = equipmentId, StartedAt = at, Reason = reason };

    public void End(DateTimeOffset at) => EndedAt = at;
}

/// <summary>That the reminder for one certificate of equipment went out: at most once per certificate (its number and expiry).</summary>
internal sealed class CertificateReminder
{
    public EquipmentId EquipmentId { get; init; }

    public DateTimeOffset CertificateExpiresAt { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
