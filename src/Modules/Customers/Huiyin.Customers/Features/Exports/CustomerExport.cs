using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Customers.Features.Exports;

internal enum ExportFormat
{
    Csv,
    Xlsx,
}

internal enum ExportStatus
{
    Requested,
    Approved,
    Downloaded,
}

/// <summary>
/// A request to export customer data: an Agent asks (with a reason), a Manager approves, the requester downloads
/// it once. Each step is recorded with who and when — the export log.
/// </summary>
internal sealed class CustomerExport
{
    private CustomerExport()
    {
    }

    public Guid Id { get; private set; }

    public ExportFormat Format { get; private set; }

    public ExportStatus Status { get; private set; }

    public string Reason { get; private set; } = "";

    public ExportFilter Filter { get; private set; } = new(null, null, null, null, false);

    public Guid RequestedById { get; private set; }

    public string RequestedBy { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateTimeOffset? DownloadedAt { get; private set; }

    public uint Version { get; private set; }

    public static CustomerExport Request(ExportFormat format, ExportFilter filter, string reason, Guid requesterId, string actor, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        Format = format,
        Status = ExportStatus.Requested,
        Filter = filter,
        Reason = reason,
        RequestedById = requesterId,
        RequestedBy = actor,
        RequestedAt = at,
    };

    public Result Approve(string actor, DateTimeOffset at)
    {
        if (Status != ExportStatus.Requested)
        {
            return Error.IllegalTransition("approve this export", Status.ToString(), []);
        }

        if (actor == RequestedBy)
        {
            return Error.BusinessRule("own_export", "An export must be approved by someone other than the requester.");
        }

        Status = ExportStatus.Approved;
        ApprovedBy = actor;
        ApprovedAt = at;
        return Result.Success();
    }

    public Result Download(Guid downloaderId, DateTimeOffset at)
    {
        if (downloaderId != RequestedById)
        {
            return Error.Forbidden("export_not_requester", "Only the staff member who requested an export may download it.");
        }

        if (Status != ExportStatus.Approved)
        {
            return Status == ExportStatus.Downloaded
                ? Error.Conflict("already_downloaded", "This export was already downloaded; request a new one.",
                    new Dictionary<string, object?> { ["currentStatus"] = Status.ToString(), ["allowedActions"] = Array.Empty<string>() })
                : Error.IllegalTransition("download this export", Status.ToString(), ["approve"]);
        }

        Status = ExportStatus.Downloaded;
        DownloadedAt = at;
        return Result.Success();
    }
}

/// <summary>Which customers an export holds; the same filters as the list.</summary>
internal sealed record ExportFilter(string? Search, string? Type, int? Tier, bool? Vip, bool Archived);
