using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

internal sealed class GetStaffRolesHandler(OrganizationDbContext db)
    : IRequestHandler<GetStaffRoles, IReadOnlyDictionary<Guid, IReadOnlyList<StaffRole>>>
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<StaffRole>>> Handle(GetStaffRoles request, CancellationToken cancellationToken)
    {
        var ids = request.StaffIds.Distinct().Select(id => new StaffMemberId(id)).ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        return staff.ToDictionary(s => s.Id.Value, s => (IReadOnlyList<StaffRole>)s.Roles);
    }
}
