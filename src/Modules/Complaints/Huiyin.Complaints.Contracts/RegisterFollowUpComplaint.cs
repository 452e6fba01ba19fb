using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Complaints.Contracts;

/// <summary>
/// The complainant was dissatisfied when called back: a new complaint of the same customer, category and target, taken by phone,
/// linked to the first (<c>followsComplaintId</c>). Refused with a 400 on <c>complaintId</c> when there is no such complaint.
/// Answers the new complaint's id and number.
/// </summary>
public sealed record RegisterFollowUpComplaint(Guid ComplaintId, string Description) : ICommand<Result<FollowUpComplaint>>, IRetriedOnOutdatedCopy;

public sealed record FollowUpComplaint(Guid ComplaintId, string Number);
