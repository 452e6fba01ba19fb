using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

internal sealed class GetStaffContactsHandler(OrganizationDbContext db) : IRequestHandler<GetStaffContacts, IReadOnlyList<StaffContact>>
{
    public async Task<IReadOnlyList<StaffContact>> Handle(GetStaffContacts request, CancellationToken cancellationToken)
    {
        var ids = request.StaffIds.Distinct().Select(id => new StaffMemberId(id)).ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => s.Active && ids.Contains(s.Id)).ToListAsync(cancellationToken);
        return staff.Select(s => new StaffContact(s.Id.Value, s.DisplayName, s.Email, s.Mobile)).ToList();
    }
}
