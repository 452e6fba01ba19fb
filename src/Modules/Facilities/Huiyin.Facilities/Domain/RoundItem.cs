using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Facilities.Domain;

/// <summary>An item of a round: the checklist's item as it was that day, and what the inspector found.</summary>
internal sealed class RoundItem
{
    private RoundItem()
    {
    }

    public RoundId RoundId { get; private set; }

    public Guid ItemId { get; private set; }

    public int Position { get; private set; }

    public ChecklistItem Definition { get; private set; } = null!;

    public ItemResult? Result { get; private set; }

    public string? Note { get; private set; }

    public decimal? Reading { get; private set; }

    public List<Guid> PhotoIds { get; private set; } = [];

    /// <summary>The result was Fail, or the reading out of limits: a repair ticket is due.</summary>
    public bool Failed { get; private set; }

    public Guid? TicketId { get; private set; }

    public string? TicketNumber { get; private set; }

    public Guid? RecordedById { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }

    public static RoundItem From(RoundId roundId, int position, ChecklistItem item) =>
        new() { RoundId = roundId, ItemId = item.Id, Position = position, Definition = item };

    public bool IsRecordedAs(ItemFinding finding) =>
        Result == finding.Result && Note == finding.Note && Reading == finding.Reading && PhotoIds.SequenceEqual(finding.PhotoIds);

    public Result Check(ItemFinding finding)
    {
        var counts = finding.Result != ItemResult.NotApplicable;
        if (counts && Definition.Kind == ChecklistItemKind.Reading && finding.Reading is null)
        {
            return Error.Validation("reading_required", "reading", $"Enter the reading{(Definition.Unit is null ? "" : $" in {Definition.Unit}")}.");
        }

        return counts && Definition.PhotoRequired && finding.PhotoIds.Count == 0
            ? Error.Validation("photo_required", "photoIds", "This item needs a photo: upload it to the round and send its id.")
            : Huiyin.BuildingBlocks.Results.Result.Success();
    }

    public void Record(ItemFinding finding, Guid? staffId, DateTimeOffset at)
    {
        (Result, Note, Reading, PhotoIds) = (finding.Result, finding.Note, finding.Reading, finding.PhotoIds.ToList());
        Failed = finding.Result == ItemResult.Fail
                 || (finding.Result != ItemResult.NotApplicable && Definition.Kind == ChecklistItemKind.Reading && Definition.IsOutOfLimits(finding.Reading!.Value));
        (RecordedById, RecordedAt) = (staffId, at);
    }

    public void RaisedTicket(Guid ticketId, string number) => (TicketId, TicketNumber) = (ticketId, number);
}

/// <summary>What the inspector found at an item: the result, a note, the reading, the photos uploaded to the round.</summary>
internal sealed record ItemFinding(ItemResult Result, string? Note, decimal? Reading, IReadOnlyList<Guid> PhotoIds);

internal enum ItemResult
{
    Pass,
    Fail,
    NotApplicable,
}
