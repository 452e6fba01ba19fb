
namespace Huiyin.Customers.Features.Exports;

/// <summary>An export request and its log: who asked and why, who approved, when it was downloaded.</summary>
internal sealed record ExportResponse(
    Guid Id, string Format, string Status, string Reason, ExportFilter Filter, Guid RequestedById, string RequestedBy, DateTimeOffset RequestedAt,
    string? ApprovedBy, DateTimeOffset? ApprovedAt, DateTimeOffset? DownloadedAt)
{
    public static ExportResponse From(CustomerExport e) => new(
        e.Id, e.Format.ToString(), e.Status.ToString(), e.Reason, e.Filter, e.RequestedById, e.RequestedBy, e.RequestedAt, e.ApprovedBy, e.ApprovedAt, e.DownloadedAt);
}
