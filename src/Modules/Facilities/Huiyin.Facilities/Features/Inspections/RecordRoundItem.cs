using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Facilities.Persistence;
using Huiyin.Tickets.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Inspections;

/// <summary>
/// The inspector's result for one item of a round. A failure (Fail, or a reading out of limits) opens one repair ticket in
/// Tickets, linked back to the round's item, and publishes <see cref="InspectionItemFailed"/>; a phone retrying the same
/// request gets the same answer and no second ticket.
/// </summary>
internal sealed record RecordRoundItem([property: JsonRequired] ItemResult Result, string? Note = null, decimal? Reading = null, IReadOnlyList<Guid>? PhotoIds = null)
    : ICommand<Result<RoundItemResponse>>, IRetriedOnOutdatedCopy
{
    [JsonIgnore]
    public Guid RoundId { get; init; }

    [JsonIgnore]
    public Guid ItemId { get; init; }
}

internal sealed class RecordRoundItemValidator : AbstractValidator<RecordRoundItem>
{
    public RecordRoundItemValidator()
    {
        RuleFor(x => x.Result).IsInEnum();
        RuleFor(x => x.Note).MaximumLength(1000);
        RuleFor(x => x.Reading).InclusiveBetween(-1_000_000m, 1_000_000m);
        RuleFor(x => x.PhotoIds).Must(ids => ids!.Count <= 10).WithMessage("At most 10 photos per item.").WithErrorCode("too_many_photos").When(x => x.PhotoIds is not null);
    }
}

internal sealed class RecordRoundItemHandler(FacilitiesDbContext db, ICurrentUser user, TimeProvider clock, IMediator mediator)
    : IRequestHandler<RecordRoundItem, Result<RoundItemResponse>>
{
    public async Task<Result<RoundItemResponse>> Handle(RecordRoundItem request, CancellationToken cancellationToken)
    {
        var round = await db.Rounds.SingleOrDefaultAsync(r => r.Id == new RoundId(request.RoundId), cancellationToken);
        if (round is null)
        {
            return Error.NotFound("Round", request.RoundId);
        }

        var finding = new ItemFinding(request.Result, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), request.Reading,
            (request.PhotoIds ?? []).Distinct().ToList());
        if (round.Items.SingleOrDefault(i => i.ItemId == request.ItemId) is { } earlier && earlier.IsRecordedAs(finding))
        {
            return RoundItemResponse.From(earlier);
        }

        var photos = await db.RoundPhotos.CountAsync(p => p.RoundId == round.Id && finding.PhotoIds.Contains(p.Id), cancellationToken);
        if (photos != finding.PhotoIds.Count)
        {
            return Error.Validation("unknown_photo", "photoIds", "Upload each photo to this round first and send the ids it answered.");
        }

        var recorded = round.Record(request.ItemId, finding, user.IsApiClient ? null : user.Id, clock.GetUtcNow());
        if (recorded.IsFailure)
        {
            return recorded.Error;
        }

        var item = recorded.Value;
        if (item.Failed && item.TicketId is null && await RaiseTicketAsync(round, item, cancellationToken) is { IsFailure: true } notRaised)
        {
            return notRaised.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return RoundItemResponse.From(item);
    }

    private async Task<Result> RaiseTicketAsync(Round round, RoundItem item, CancellationToken cancellationToken)
    {
        var found = item.Reading is { } reading && item.Definition.Kind == ChecklistItemKind.Reading
            ? $"{item.Definition.Text}：读数 {reading}{item.Definition.Unit}（限值 {item.Definition.Min}–{item.Definition.Max}）"
            : $"{item.Definition.Text}：不合格";
        var description = $"巡检发现（{round.ChecklistName}，{round.Place.Label}，{round.Date:yyyy-MM-dd}）{found}{(item.Note is null ? "" : $"。{item.Note}")}";
        var ticket = await mediator.Send(new CreateInternalTicket("Repair", item.Definition.Category.ToString(), description, round.Place.UnitId?.Value, round.Place.Label,
            $"inspection-round:{round.Id.Value}/item:{item.ItemId}"), cancellationToken);
        if (ticket.IsFailure)
        {
            return ticket.Error;
        }

        item.RaisedTicket(ticket.Value.TicketId, ticket.Value.Number);
        var now = clock.GetUtcNow();
        db.Publish(new InspectionItemFailed(round.Id.Value, item.ItemId, item.Definition.Text, item.Note, item.Reading, round.Place.SiteId.Value,
            round.Place.BuildingId?.Value, round.Place.AreaId?.Value, round.Place.UnitId?.Value, null, ticket.Value.TicketId, item.RecordedById, round.TeamId, user.Actor, now));
        return Result.Success();
    }
}

internal static class RecordRoundItemEndpoint
{
    public static void MapRecordRoundItem(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/rounds/{id:guid}/items/{itemId:guid}", async (Guid id, Guid itemId, RecordRoundItem body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body with { RoundId = id, ItemId = itemId }, cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Rounds)
            .WithName("RecordRoundItem")
            .WithSummary("Record what was found at an item of a round (the inspector's phone)")
            .WithDescription("Fail, or a reading outside the item's limits, opens a repair ticket (channel Internal, the item's category) linked to the round's item, and answers its `ticketId`. Safe to retry: the same result again answers the same item and opens no second ticket. A Reading item needs `reading`; a photo-required item needs `photoIds` from the round's photo upload. A completed round is a 409.")
            .Produces<RoundItemResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
