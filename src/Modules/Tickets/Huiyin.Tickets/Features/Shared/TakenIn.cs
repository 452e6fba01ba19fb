using Huiyin.BuildingBlocks.Security;
using Huiyin.Tickets.Domain;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>The staff member who took a ticket in, read from its creator's actor label; null for an API client or the system.</summary>
internal static class TakenIn
{
    private const string StaffPrefix = HuiyinClaims.StaffActor + ":";

    public static Guid? By(Ticket ticket) => By(ticket.CreatedBy);

    public static Guid? By(string createdBy) =>
        createdBy.StartsWith(StaffPrefix, StringComparison.Ordinal) && Guid.TryParse(createdBy[StaffPrefix.Length..], out var staffId) ? staffId : null;
}
