using Huiyin.BuildingBlocks.Messaging;

namespace Huiyin.Complaints.Contracts;

/// <summary>The given complaints in brief, for other modules to show and link (a shift handover's open items). Unknown ids are left out.</summary>
public sealed record GetComplaintCards(IReadOnlyCollection<Guid> ComplaintIds) : IQuery<IReadOnlyList<ComplaintCard>>;

/// <summary>A complaint's number, status (as in the API), category, whether it is still open (neither resolved nor closed), and its site when it names one.</summary>
public sealed record ComplaintCard(Guid ComplaintId, string Number, string Status, string Category, bool Open, Guid? SiteId = null);
