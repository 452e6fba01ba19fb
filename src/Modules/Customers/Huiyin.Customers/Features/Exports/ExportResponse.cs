using Huiyin.Customers.Domain;

namespace Huiyin.Customers.Features.Exports;

/// <summary>An export request and its log: who asked and why, who approved, when it was downloaded.</summary>
internal sealed record ExportResponse(
    Guid Id, ExportFormat Format, ExportStatus Status, string Reason, ExportFilterResponse Filter, Guid RequestedById, string RequestedBy, DateTimeOffset RequestedAt,
    string? ApprovedBy, DateTimeOffset? ApprovedAt, DateTimeOffset? DownloadedAt)
{
    public static ExportResponse From(CustomerExport e) => new(
        e.Id, e.Format, e.Status, e.Reason, ExportFilterResponse.From(e.Filter), e.RequestedById, e.RequestedBy, e.RequestedAt, e.ApprovedBy, e.ApprovedAt, e.DownloadedAt);
}

/// <summary>The filters an export was asked with.</summary>
internal sealed record ExportFilterResponse(string? Search, CustomerType? Type, int? Tier, bool? Vip, bool Archived)
{
    public static ExportFilterResponse From(ExportFilter f) =>
        new(f.Search, Enum.TryParse<CustomerType>(f.Type, ignoreCase: true, out var type) ? type : null, f.Tier, f.Vip, f.Archived);
}
