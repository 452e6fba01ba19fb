using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

/// <summary>The checks and allocations that creating or changing a staff member needs from the stored staff.</summary>
internal sealed class StaffDirectory(OrganizationDbContext db)
{
    private const int FirstServiceNumber = 101;

    public async Task<Error?> CheckUsernameFreeAsync(string username, CancellationToken cancellationToken) =>
        await db.Staff.AnyAsync(s => s.Username == username, cancellationToken)
            ? TakenError("username_taken", "username", $"The username '{username}' is already taken.").With("username", username)
            : null;

    public async Task<Error?> CheckServiceNumberFreeAsync(string serviceNumber, StaffMemberId? owner, CancellationToken cancellationToken) =>
        await db.Staff.AnyAsync(s => s.ServiceNumber == serviceNumber && (owner == null || s.Id != owner), cancellationToken)
            ? TakenError("service_number_taken", "serviceNumber", $"Service number {serviceNumber} is already in use.").With("serviceNumber", serviceNumber)
            : null;

    public async Task<Error?> CheckTeamExistsAsync(TeamId? teamId, CancellationToken cancellationToken) =>
        teamId is null || await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken)
            ? null
            : Error.Validation("unknown_team", "teamId", "There is no such team.");

    /// <summary>The next free service number: one above the highest numeric one, starting at 101.</summary>
    public async Task<string> NextServiceNumberAsync(CancellationToken cancellationToken)
    {
        var highest = await db.Database
            .SqlQuery<int?>($"SELECT max(service_number::int) AS \"Value\" FROM organization.staff_members WHERE service_number ~ '^[0-9]{{1,8}}$'")
            .SingleAsync(cancellationToken);
        return Math.Max(FirstServiceNumber, (highest ?? 0) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Error TakenError(string code, string field, string message) =>
        Error.Conflict(code, message, new Dictionary<string, object?> { ["field"] = field });
}
