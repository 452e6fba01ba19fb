using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

internal sealed class GetStaffCardsHandler(OrganizationDbContext db) : IRequestHandler<GetStaffCards, IReadOnlyList<StaffCard>>
{
    public async Task<IReadOnlyList<StaffCard>> Handle(GetStaffCards request, CancellationToken cancellationToken)
    {
        var staff = db.Staff.AsNoTracking().Where(s => s.Active);
        if (request.Role is { } role)
        {
            staff = staff.Where(s => s.Roles.Contains(role));
        }

        if (request.StaffIds is { } wanted)
        {
            var ids = wanted.Distinct().Select(id => new StaffMemberId(id)).ToList();
            staff = staff.Where(s => ids.Contains(s.Id));
        }

        var found = await staff.OrderBy(s => s.ServiceNumber).ToListAsync(cancellationToken);
        var teamIds = found.Where(s => s.TeamId is not null).Select(s => s.TeamId!.Value).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return found.Select(s => new StaffCard(
                s.Id.Value, s.DisplayName, s.ServiceNumber, s.TeamId?.Value, s.TeamId is { } team ? teams.GetValueOrDefault(team) : null, s.Roles, s.Skills))
            .ToList();
    }
}
