using Huiyin.Complaints.Domain;

namespace Huiyin.Complaints.Features.Evidence;

/// <summary>A photo of evidence on a complaint, and where to download it.</summary>
internal sealed record EvidenceResponse(Guid Id, Guid ComplaintId, string? ClientPhotoId, string ContentType, int Length, string Url, DateTimeOffset UploadedAt, string UploadedBy)
{
    public static EvidenceResponse From(ComplaintEvidence e) =>
        new(e.Id, e.ComplaintId.Value, e.ClientPhotoId, e.ContentType, e.Length, UrlOf(e.ComplaintId.Value, e.Id), e.UploadedAt, e.UploadedBy);

    public static string UrlOf(Guid complaintId, Guid evidenceId) => $"/api/v1/complaints/{complaintId}/evidence/{evidenceId}";
}
