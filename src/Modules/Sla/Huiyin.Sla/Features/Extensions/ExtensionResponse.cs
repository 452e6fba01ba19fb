using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Clocks;

namespace Huiyin.Sla.Features.Extensions;

/// <summary>A request to move an item's resolution deadline and its decision.</summary>
internal sealed record ExtensionResponse(
    Guid Id, SlaWorkType ItemType, Guid ItemId, string Reason, DateTimeOffset DueAtWhenAsked, DateTimeOffset NewDueAt, ExtensionState State,
    string RequestedBy, DateTimeOffset RequestedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? Note)
{
    public static ExtensionResponse From(ClockExtension e) =>
        new(e.Id, e.ItemType, e.ItemId, e.Reason, e.DueAtWhenAsked, e.NewDueAt, e.State, e.RequestedBy, e.RequestedAt, e.DecidedBy, e.DecidedAt, e.Note);
}

/// <summary>The items whose deadlines can be extended, their path under <c>/api/v1</c>, and who decides.</summary>
internal static class ExtendableItems
{
    public static readonly (SlaWorkType Type, string Path, string Approver)[] All =
    [
        (SlaWorkType.Ticket, "tickets", SlaPermissions.ApproveTicketExtensions),
        (SlaWorkType.Complaint, "complaints", SlaPermissions.ApproveComplaintExtensions),
    ];

    public static string ApproverOf(SlaWorkType type) => All.Single(item => item.Type == type).Approver;
}
