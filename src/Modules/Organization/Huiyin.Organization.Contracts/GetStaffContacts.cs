using MediatR;

namespace Huiyin.Organization.Contracts;

/// <summary>Where notifications reach the given active staff members: their e-mail address and mobile, each absent until given.</summary>
public sealed record GetStaffContacts(IReadOnlyCollection<Guid> StaffIds) : IRequest<IReadOnlyList<StaffContact>>;

public sealed record StaffContact(Guid Id, string DisplayName, string? Email, string? Mobile);
