using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

internal sealed class TeamExistsHandler(OrganizationDbContext db) : IRequestHandler<TeamExists, bool>
{
    public Task<bool> Handle(TeamExists request, CancellationToken cancellationToken) =>
        db.Teams.AnyAsync(t => t.Id == new TeamId(request.TeamId), cancellationToken);
}
