using Huiyin.Facilities.Domain;

namespace Huiyin.Facilities.Features.Shared;

internal sealed record RoundPlaceResponse(Guid SiteId, Guid? BuildingId, Guid? UnitId, Guid? AreaId, string Label);

internal sealed record RoundItemResponse(
    Guid ItemId,
    string Text,
    ChecklistItemKind Kind,
    decimal? Min,
    decimal? Max,
    string? Unit,
    bool PhotoRequired,
    RepairCategory Category,
    ItemResult? Result,
    string? Note,
    decimal? Reading,
    IReadOnlyList<string> PhotoUrls,
    bool Failed,
    Guid? TicketId,
    string? TicketNumber,
    Guid? RecordedById,
    DateTimeOffset? RecordedAt)
{
    public static RoundItemResponse From(RoundItem i) => new(
        i.ItemId, i.Definition.Text, i.Definition.Kind, i.Definition.Min, i.Definition.Max, i.Definition.Unit, i.Definition.PhotoRequired, i.Definition.Category,
        i.Result, i.Note, i.Reading, i.PhotoIds.Select(photo => RoundResponse.PhotoUrl(i.RoundId, photo)).ToList(), i.Failed, i.TicketId, i.TicketNumber,
        i.RecordedById, i.RecordedAt);
}

/// <summary>A round and, item by item, what was found: the round's report once it is completed.</summary>
internal sealed record RoundResponse(
    Guid Id,
    DateOnly Date,
    Guid ChecklistId,
    string Checklist,
    RoundPlaceResponse Place,
    Guid? TeamId,
    Guid? AssigneeId,
    RoundStatus Status,
    int Recorded,
    int Failed,
    IReadOnlyList<RoundItemResponse> Items,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    uint Version)
{
    public static string PhotoUrl(RoundId round, Guid photo) => $"/api/v1/facilities/rounds/{round.Value}/photos/{photo}";

    public static RoundResponse From(Round r) => new(
        r.Id.Value, r.Date, r.ChecklistId.Value, r.ChecklistName,
        new RoundPlaceResponse(r.Place.SiteId.Value, r.Place.BuildingId?.Value, r.Place.UnitId?.Value, r.Place.AreaId?.Value, r.Place.Label),
        r.TeamId, r.AssigneeId, r.Status, r.Items.Count(i => i.Result is not null), r.Items.Count(i => i.Failed),
        r.Items.OrderBy(i => i.Position).Select(RoundItemResponse.From).ToList(), r.CompletedAt, r.CompletedBy, r.Version);
}
