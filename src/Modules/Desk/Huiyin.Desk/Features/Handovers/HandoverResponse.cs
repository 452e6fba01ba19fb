using Huiyin.Complaints.Contracts;
using Huiyin.Desk.Domain;
using Huiyin.Tickets.Contracts;
using MediatR;

namespace Huiyin.Desk.Features.Handovers;

/// <summary>An open item carried over, with its number and its status now (it may have been resolved since).</summary>
internal sealed record CarriedItemResponse(CarriedItemType Type, Guid ItemId, string Number, string? Status, bool Open);

internal sealed record CountedResponse(string What, int Count);

internal sealed record HandoverResponse(
    Guid Id, Guid TeamId, string Shift, DateOnly ShiftDate, string NextShift, DateOnly NextShiftDate, Guid HandedOverById, DateTimeOffset HandedOverAt,
    string Notes, string? SpecialEvents, IReadOnlyList<CarriedItemResponse> CarriedOver, IReadOnlyList<CountedResponse> Counted,
    bool Signed, Guid? AcceptedById, DateTimeOffset? AcceptedAt);

/// <summary>Handovers as the API shows them, their carried-over items looked up in Tickets and Complaints in one go.</summary>
internal sealed class HandoverResponses(IMediator mediator)
{
    public async Task<IReadOnlyList<HandoverResponse>> OfAsync(IReadOnlyCollection<Handover> handovers, CancellationToken cancellationToken)
    {
        var items = handovers.SelectMany(h => h.CarriedOver).ToList();
        var statuses = await StatusesAsync(items.Where(i => i.Type == CarriedItemType.Ticket).Select(i => i.ItemId).ToList(),
            items.Where(i => i.Type == CarriedItemType.Complaint).Select(i => i.ItemId).ToList(), cancellationToken);
        return handovers.Select(h => new HandoverResponse(
            h.Id.Value, h.TeamId, h.Shift, h.ShiftDate, h.NextShift, h.NextShiftDate, h.HandedOverById, h.HandedOverAt, h.Notes, h.SpecialEvents,
            h.CarriedOver.Select(i => statuses.TryGetValue(i.ItemId, out var now)
                ? new CarriedItemResponse(i.Type, i.ItemId, i.Number, now.Status, now.Open)
                : new CarriedItemResponse(i.Type, i.ItemId, i.Number, null, false)).ToList(),
            h.Counted.Select(c => new CountedResponse(c.What, c.Count)).ToList(),
            h.Signed, h.AcceptedById, h.AcceptedAt)).ToList();
    }

    public async Task<HandoverResponse> OfAsync(Handover handover, CancellationToken cancellationToken) =>
        (await OfAsync([handover], cancellationToken))[0];

    /// <summary>The tickets and complaints with these ids: their type, number, status and whether they are open.</summary>
    public async Task<IReadOnlyDictionary<Guid, (CarriedItemType Type, string Number, string Status, bool Open)>> StatusesAsync(
        IReadOnlyCollection<Guid> ticketIds, IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken)
    {
        var tickets = ticketIds.Count == 0 ? [] : await mediator.Send(new GetTicketCards(ticketIds), cancellationToken);
        var complaints = complaintIds.Count == 0 ? [] : await mediator.Send(new GetComplaintCards(complaintIds), cancellationToken);
        return tickets.Select(t => (t.TicketId, Value: (CarriedItemType.Ticket, t.Number, t.Status, t.Open)))
            .Concat(complaints.Select(c => (c.ComplaintId, Value: (CarriedItemType.Complaint, c.Number, c.Status, c.Open))))
            .ToDictionary(x => x.Item1, x => x.Value);
    }
}
