using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Organization.Contracts;

/// <summary>
/// Makes sure a staff account exists (demo data, first-run bootstrap, test set-up): creates it, or returns
/// the id of the existing account with that username unchanged.
/// </summary>
public sealed record ProvisionStaffMember(
    string Username, string DisplayName, string Password, IReadOnlyList<StaffRole> Roles, IReadOnlyList<string>? Skills = null)
    : ICommand<Result<Guid>>;
