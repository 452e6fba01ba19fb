using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features;

internal sealed record ListContacts(Guid TicketId) : IQuery<Result<ItemsResponse<ContactResponse>>>;

internal sealed class ListContactsHandler(TicketsDbContext db, IMediator mediator) : IRequestHandler<ListContacts, Result<ItemsResponse<ContactResponse>>>
{
    public async Task<Result<ItemsResponse<ContactResponse>>> Handle(ListContacts request, CancellationToken cancellationToken)
    {
        var id = new TicketId(request.TicketId);
        if (!await db.Tickets.AnyAsync(t => t.Id == id, cancellationToken))
        {
            return Error.NotFound("Ticket", request.TicketId);
        }

        var contacts = await db.Contacts.AsNoTracking().Where(c => c.TicketId == id).OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var responses = new List<ContactResponse>();
        foreach (var contact in contacts)
        {
            responses.Add(await ContactResponse.FromAsync(contact, mediator, cancellationToken));
        }

        return new ItemsResponse<ContactResponse>(responses);
    }
}
