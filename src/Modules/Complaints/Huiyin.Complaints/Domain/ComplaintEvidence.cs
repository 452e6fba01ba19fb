using Huiyin.BuildingBlocks.Http;

namespace Huiyin.Complaints.Domain;

/// <summary>A photo the customer or the handler gave as evidence (§3 evidence files). A retried upload with the same client id is stored once.</summary>
internal sealed class ComplaintEvidence : StoredPhoto
{
    private ComplaintEvidence()
    {
    }

    public ComplaintId ComplaintId { get; private set; }

    public static ComplaintEvidence Upload(ComplaintId complaintId, PhotoUpload upload, DateTimeOffset at, string actor)
    {
        var evidence = new ComplaintEvidence { ComplaintId = complaintId };
        evidence.Store(upload, at, actor);
        return evidence;
    }
}
