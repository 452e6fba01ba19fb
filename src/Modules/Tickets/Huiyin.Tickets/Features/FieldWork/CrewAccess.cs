using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.FieldWork;

/// <summary>A technician acts on the jobs dispatched to them only: an unknown job is a 404, someone else's a 403.</summary>
internal sealed class CrewAccess(TicketsDbContext db, TicketLoader loader, ICurrentUser user)
{
    public Guid TechnicianId => user.IsApiClient ? Guid.Empty : user.Id ?? Guid.Empty;

    public Task<Result<Ticket>> JobAsync(Guid ticketId, CancellationToken cancellationToken) =>
        JobAsync(ticketId, expectedVersion: null, cancellationToken);

    /// <summary>The caller's job to change, honouring If-Match when sent (412 when stale).</summary>
    public async Task<Result<Ticket>> JobAsync(Guid ticketId, uint? expectedVersion, CancellationToken cancellationToken)
    {
        var found = await loader.ForChangeAsync(ticketId, expectedVersion, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        return found.Value.IsCrewMember(TechnicianId)
            ? found.Value
            : Error.Forbidden("not_your_ticket", $"Ticket {found.Value.Number} is not dispatched to you; only its technicians may work it.")
                .With("number", found.Value.Number);
    }

    /// <summary>The caller's job for a step done on site (<paramref name="step"/> names it in the 409 when the job is not in progress).</summary>
    public async Task<Result<Ticket>> OnSiteJobAsync(Guid ticketId, string step, CancellationToken cancellationToken)
    {
        var job = await JobAsync(ticketId, cancellationToken);
        return job.IsFailure ? job.Error
            : job.Value.RequireOnSite(step) is { IsFailure: true } notOnSite ? notOnSite.Error
            : job;
    }

    /// <summary>The caller's visit on the job that is not checked out yet, if any.</summary>
    public Task<TechnicianVisit?> OpenVisitAsync(Ticket job, CancellationToken cancellationToken) =>
        db.Visits.SingleOrDefaultAsync(v => v.TicketId == job.Id && v.TechnicianId == TechnicianId && v.CheckedOutAt == null, cancellationToken);
}
