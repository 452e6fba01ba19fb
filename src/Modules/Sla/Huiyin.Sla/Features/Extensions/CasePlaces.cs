using Huiyin.Complaints.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using MediatR;

namespace Huiyin.Sla.Features.Extensions;

/// <summary>The team and site of the case a clock measures, as its module knows them; a case that knows neither (a callback) has none.</summary>
internal sealed record CasePlace(Guid? TeamId, Guid? SiteId);

internal sealed class CasePlaces(IMediator mediator)
{
    private static readonly CasePlace Nowhere = new(null, null);

    public async Task<CasePlace> OfAsync(SlaWorkType itemType, Guid itemId, CancellationToken cancellationToken) => itemType switch
    {
        SlaWorkType.Ticket => await mediator.Send(new GetTicketCards([itemId]), cancellationToken) is [var ticket] ? new(ticket.TeamId, ticket.SiteId) : Nowhere,
        SlaWorkType.Complaint => await mediator.Send(new GetComplaintCards([itemId]), cancellationToken) is [var complaint] ? new(null, complaint.SiteId) : Nowhere,
        _ => Nowhere,
    };
}
