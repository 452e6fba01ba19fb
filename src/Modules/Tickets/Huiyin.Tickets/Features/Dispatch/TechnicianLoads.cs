using Huiyin.Organization.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.Dispatch;

/// <summary>An active technician and how many open tickets they are on (as lead or crew).</summary>
internal sealed record TechnicianLoad(Guid Id, string Name, string ServiceNumber, Guid? TeamId, string? TeamName, IReadOnlyList<string> Skills, int OpenJobs);

/// <summary>The technicians (from Organization) with their current load (from the tickets).</summary>
internal sealed class TechnicianLoads(TicketsDbContext db, IMediator mediator)
{
    public async Task<IReadOnlyList<TechnicianLoad>> AllAsync(CancellationToken cancellationToken)
    {
        var technicians = await mediator.Send(new GetStaffCards(StaffRole.Technician), cancellationToken);
        var open = TicketStatusGroups.Open;
        var jobs = await db.Tickets.AsNoTracking()
            .Where(t => open.Contains(t.Status))
            .SelectMany(t => t.TechnicianIds)
            .GroupBy(id => id)
            .Select(g => new { TechnicianId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TechnicianId, g => g.Count, cancellationToken);
        return technicians
            .Select(t => new TechnicianLoad(t.Id, t.DisplayName, t.ServiceNumber, t.TeamId, t.TeamName, t.Skills, jobs.GetValueOrDefault(t.Id)))
            .ToList();
    }
}
