using Huiyin.BuildingBlocks.Contacts;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features;

internal sealed record ListContacts(Guid TicketId) : IQuery<Result<ItemsResponse<ContactResponse>>>;

internal sealed class ListContactsHandler(TicketsDbContext db, IMediator mediator) : ContactLogHandler<ListContacts, TicketContact, ContactResponse>
{
    protected override async Task<Error?> CaseMissingAsync(ListContacts request, CancellationToken cancellationToken) =>
        await db.Tickets.AnyAsync(t => t.Id == new TicketId(request.TicketId), cancellationToken) ? null : Error.NotFound("Ticket", request.TicketId);

    protected override IQueryable<TicketContact> ContactsOf(ListContacts request) => db.Contacts.Where(c => c.TicketId == new TicketId(request.TicketId));

    protected override Task<IReadOnlyList<ContactResponse>> RespondAsync(IReadOnlyList<TicketContact> contacts, CancellationToken cancellationToken) =>
        ContactResponse.ManyAsync(contacts, mediator, cancellationToken);
}
