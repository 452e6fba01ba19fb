using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Persistence;
using Huiyin.Notifications.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Notices;

/// <summary>
/// Texts the next <see cref="ChunkSize"/> customers of a notice's units not yet dealt with (their current owners and
/// occupants), in one transaction: a text message to each who consented and has a mobile, and a recipient row for every
/// one of them, so that no run texts anyone twice. Answers how many customers it dealt with; 0 when all are done.
/// </summary>
internal sealed record TextNoticeRecipients(Guid NoticeId) : ICommand<Result<int>>
{
    /// <summary>As many as one <see cref="SendSmsToEach"/> takes: fewer, larger chunks keep a 10,000-customer outage within 10 s (docs/benchmarks.md).</summary>
    public const int ChunkSize = SendSmsToEach.MostPhones;
}

internal sealed class TextNoticeRecipientsHandler(FacilitiesDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<TextNoticeRecipients, Result<int>>
{
    public async Task<Result<int>> Handle(TextNoticeRecipients request, CancellationToken cancellationToken)
    {
        var id = new NoticeId(request.NoticeId);
        var notice = await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice?.Text is not { } text)
        {
            return 0;
        }

        var customers = await db.Occupancies.Where(o => o.MovedOutAt == null && db.NoticeDeliveries.Any(d => d.NoticeId == id && d.UnitId == o.UnitId))
            .Select(o => o.CustomerId).Distinct()
            .Where(customer => !db.NoticeRecipients.Any(r => r.NoticeId == id && r.CustomerId == customer))
            .OrderBy(customer => customer).Take(TextNoticeRecipients.ChunkSize).ToListAsync(cancellationToken);
        if (customers.Count == 0)
        {
            return 0;
        }

        var contacts = (await mediator.Send(new GetSmsContacts(customers), cancellationToken)).ToDictionary(c => c.CustomerId);
        var reachable = customers.Select(c => contacts.GetValueOrDefault(c)).OfType<SmsContact>().Where(c => c.SmsConsent && c.Mobile is not null).ToList();
        var messageIds = new Dictionary<Guid, Guid>();
        if (reachable.Count > 0)
        {
            var (relatedType, relatedId) = notice.RelatedItem;
            var sent = await mediator.Send(new SendSmsToEach(reachable.Select(c => c.Mobile!).ToList(), text.TemplateKey, text.Values, relatedType, relatedId), cancellationToken);
            if (sent.IsFailure)
            {
                return sent.Error;
            }

            messageIds = reachable.Zip(sent.Value).ToDictionary(pair => pair.First.CustomerId, pair => pair.Second);
        }

        var now = clock.GetUtcNow();
        db.NoticeRecipients.AddRange(customers.Select(customer => Recipient(id, customer, contacts.GetValueOrDefault(customer), messageIds, now)));
        await db.SaveChangesAsync(cancellationToken);
        return customers.Count;
    }

    private static NoticeRecipient Recipient(NoticeId id, Guid customer, SmsContact? contact, Dictionary<Guid, Guid> messageIds, DateTimeOffset now) =>
        messageIds.TryGetValue(customer, out var messageId)
            ? new NoticeRecipient(id, customer, TextOutcome.Sent, contact!.MaskedMobile, messageId, now)
            : new NoticeRecipient(id, customer, contact is { SmsConsent: true } ? TextOutcome.NoMobile : TextOutcome.NoConsent, null, null, now);
}
