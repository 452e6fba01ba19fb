using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Notices;

/// <summary>The letters of a notice sent by letter, one per unit in the order of the units' names, a page at a time, to print and hand out.</summary>
internal sealed record PrintNoticeLetters(Guid NoticeId, string? Cursor, int? Limit) : IQuery<Result<NoticeLettersResponse>>;

/// <summary>What every letter of a notice says, and the page of letters: to whom and where each goes.</summary>
internal sealed record NoticeLettersResponse(
    Guid NoticeId, string Number, NoticeKind Kind, string Title, string Body, DateTimeOffset SentAt, IReadOnlyList<LetterResponse> Items, string? NextCursor);

/// <summary>
/// One unit's letter: its address as people say it, its site and building (the letter's sender is the site's desk), the names
/// of its owners and then its occupants now (none when it is vacant) and when it was signed for.
/// </summary>
internal sealed record LetterResponse(Guid UnitId, string Unit, string Site, string Building, IReadOnlyList<string> Addressees, DateTimeOffset? AcknowledgedAt);

internal sealed class PrintNoticeLettersValidator : AbstractValidator<PrintNoticeLetters>
{
    public PrintNoticeLettersValidator()
    {
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).MustBeACursorOf(keys: 1);
    }
}

internal sealed class PrintNoticeLettersHandler(FacilitiesDbContext db, IMediator mediator) : IRequestHandler<PrintNoticeLetters, Result<NoticeLettersResponse>>
{
    public async Task<Result<NoticeLettersResponse>> Handle(PrintNoticeLetters request, CancellationToken cancellationToken)
    {
        var id = new NoticeId(request.NoticeId);
        var notice = await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null)
        {
            return Error.NotFound("Notice", request.NoticeId);
        }

        if (!notice.Channels.Contains(NoticeChannel.Letter))
        {
            return Error.Conflict("notice_not_by_letter", "This notice was not sent by letter, so it has no letters to print.");
        }

        var deliveries = await mediator.Send(new ListNoticeDeliveries(request.NoticeId, request.Cursor, request.Limit), cancellationToken);
        if (deliveries.IsFailure)
        {
            return deliveries.Error;
        }

        var addresses = (await mediator.Send(new GetUnitsAddresses(deliveries.Value.Items.Select(d => d.UnitId).ToList()), cancellationToken)).ToDictionary(a => a.UnitId);
        var names = await NamesAsync(addresses.Values.SelectMany(a => a.OwnerIds.Concat(a.OccupantIds)).Distinct().ToList(), cancellationToken);
        var letters = deliveries.Value.Items.Select(d => Letter(d, addresses[d.UnitId], names)).ToList();
        return new NoticeLettersResponse(notice.Id.Value, notice.Number, notice.Kind, notice.Title, notice.Body, notice.SentAt, letters, deliveries.Value.NextCursor);
    }

    private static LetterResponse Letter(DeliveryResponse delivery, UnitAddress address, Dictionary<Guid, string> names) =>
        new(delivery.UnitId, delivery.Unit, address.SiteName, address.BuildingName,
            address.OwnerIds.Concat(address.OccupantIds).Select(c => names.GetValueOrDefault(c)).OfType<string>().Distinct().ToList(), delivery.AcknowledgedAt);

    private async Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyList<Guid> customerIds, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var chunk in customerIds.Chunk(GetCustomerSummaries.MostCustomers))
        {
            foreach (var customer in await mediator.Send(new GetCustomerSummaries(chunk), cancellationToken))
            {
                names[customer.CustomerId] = customer.Name;
            }
        }

        return names;
    }
}

internal static class PrintNoticeLettersEndpoint
{
    public static void MapPrintNoticeLetters(this IEndpointRouteBuilder notices) =>
        notices.MapGet("/{id:guid}/letters", async (Guid id, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new PrintNoticeLetters(id, cursor, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("PrintNoticeLetters")
            .WithSummary("The letters of a notice sent by letter, one per unit, to print")
            .WithDescription("The notice's number, kind, title, body and date once, and a letter per unit it reached, in the order of the units' names: the unit's address, " +
                "its site and building, and the names of its owners and then its occupants now (empty when it is vacant). Pages with `cursor` and `limit` (1–200, default 50). " +
                "A notice sent without the `Letter` channel is a 409 `notice_not_by_letter`.")
            .Produces<NoticeLettersResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
