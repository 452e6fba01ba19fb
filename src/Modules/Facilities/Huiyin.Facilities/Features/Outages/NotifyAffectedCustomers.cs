using System.Globalization;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Facilities.Domain.Outages;
using Huiyin.Facilities.Persistence;
using Huiyin.Notifications.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Outages;

/// <summary>
/// Tells the next <see cref="ChunkSize"/> affected customers not yet told of this phase of the outage (the current owners and
/// occupants of its units), in one transaction: a text message to each who consented and has a mobile, and a notice row for
/// every one of them, so that no run tells anyone twice. Answers how many customers it dealt with; 0 when all are done.
/// </summary>
internal sealed record NotifyAffectedCustomers(Guid OutageId, OutagePhase Phase) : ICommand<Result<int>>
{
    /// <summary>As many as one <see cref="SendSmsToEach"/> takes: fewer, larger chunks keep a 10,000-customer outage within 10 s (docs/benchmarks.md).</summary>
    public const int ChunkSize = SendSmsToEach.MostPhones;
}

internal sealed class NotifyAffectedCustomersHandler(FacilitiesDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<NotifyAffectedCustomers, Result<int>>
{
    private static readonly TimeZoneInfo DeskZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public async Task<Result<int>> Handle(NotifyAffectedCustomers request, CancellationToken cancellationToken)
    {
        var id = new OutageId(request.OutageId);
        var outage = await db.Outages.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (outage is null)
        {
            return 0;
        }

        var customers = await db.Occupancies.Where(o => o.MovedOutAt == null && db.OutageUnits.Any(u => u.OutageId == id && u.UnitId == o.UnitId))
            .Select(o => o.CustomerId).Distinct()
            .Where(customer => !db.OutageNotices.Any(n => n.OutageId == id && n.Phase == request.Phase && n.CustomerId == customer))
            .OrderBy(customer => customer).Take(NotifyAffectedCustomers.ChunkSize).ToListAsync(cancellationToken);
        if (customers.Count == 0)
        {
            return 0;
        }

        var contacts = (await mediator.Send(new GetSmsContacts(customers), cancellationToken)).ToDictionary(c => c.CustomerId);
        var reachable = customers.Select(c => contacts.GetValueOrDefault(c)).OfType<SmsContact>().Where(c => c.SmsConsent && c.Mobile is not null).ToList();
        var messageIds = new Dictionary<Guid, Guid>();
        if (reachable.Count > 0)
        {
            var (template, values) = Message(outage, request.Phase);
            var sent = await mediator.Send(new SendSmsToEach(reachable.Select(c => c.Mobile!).ToList(), template, values, "Outage", outage.Id.Value), cancellationToken);
            if (sent.IsFailure)
            {
                return sent.Error;
            }

            messageIds = reachable.Zip(sent.Value).ToDictionary(pair => pair.First.CustomerId, pair => pair.Second);
        }

        var now = clock.GetUtcNow();
        db.OutageNotices.AddRange(customers.Select(customer => Notice(id, request.Phase, customer, contacts.GetValueOrDefault(customer), messageIds, now)));
        await db.SaveChangesAsync(cancellationToken);
        return customers.Count;
    }

    private static OutageNotice Notice(OutageId id, OutagePhase phase, Guid customer, SmsContact? contact, Dictionary<Guid, Guid> messageIds, DateTimeOffset now) =>
        messageIds.TryGetValue(customer, out var messageId)
            ? new OutageNotice(id, phase, customer, NoticeOutcome.Sent, contact!.MaskedMobile, messageId, now)
            : new OutageNotice(id, phase, customer, contact is { SmsConsent: true } ? NoticeOutcome.NoMobile : NoticeOutcome.NoConsent, null, null, now);

    private static (string Template, Dictionary<string, string> Values) Message(Outage outage, OutagePhase phase)
    {
        var values = new Dictionary<string, string> { ["title"] = outage.Title, ["scope"] = Scope(outage.ScopeLabels) };
        if (phase == OutagePhase.Start)
        {
            values["estimatedRestoration"] = outage.EstimatedRestorationAt is { } estimate ? DeskTime(estimate) : "另行通知";
            return (SmsTemplates.OutageStarted, values);
        }

        values["restoredAt"] = DeskTime(outage.RestoredAt!.Value);
        return (SmsTemplates.OutageRestored, values);
    }

    /// <summary>The places named in full while a text message has room for them, then "等".</summary>
    private static string Scope(IReadOnlyList<string> labels)
    {
        var named = labels.Take(3).ToList();
        return string.Join("、", named) + (labels.Count > named.Count ? "等" : "");
    }

    private static string DeskTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, DeskZone).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);
}
