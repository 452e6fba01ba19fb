using MediatR;

namespace Huiyin.Organization.Contracts;

/// <summary>The roles of the given staff members, for rules such as "a tier-1 customer's account manager is a Supervisor or above". Unknown ids are left out.</summary>
public sealed record GetStaffRoles(IReadOnlyCollection<Guid> StaffIds) : IRequest<IReadOnlyDictionary<Guid, IReadOnlyList<StaffRole>>>;
