using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Knowledge.Domain;

internal readonly record struct KnowledgeEntryId(Guid Value)
{
    public static KnowledgeEntryId New() => new(Guid.CreateVersion7());
}

/// <summary>An approved answer (fees, rules, nearby services, how-tos) or one of S4's scripts.</summary>
internal enum KnowledgeKind
{
    Answer,
    Script,
}

internal enum KnowledgeStatus
{
    Draft,
    Approved,
    Retired,
}

/// <summary>The wording an entry is written with: what it is called, what it says, and what it answers.</summary>
internal sealed record EntryWording(
    KnowledgeKind Kind, string Title, string Body, IReadOnlyList<string> Categories, IReadOnlyList<string> Tags, Guid? OwnerId, DateOnly ReviewBy);

/// <summary>
/// One answer for everyone: drafted, approved by a Supervisor or above before the desk sees it, retired when it no longer holds.
/// Rewording an approved entry takes it back to Draft, so that only approved wording is ever offered.
/// </summary>
internal sealed class KnowledgeEntry : IAuditable, IVersioned
{
    public const int MaxTitleLength = 100;
    public const int MaxBodyLength = 4000;

    private KnowledgeEntry()
    {
    }

    public KnowledgeEntryId Id { get; private set; }

    public KnowledgeKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public List<string> Categories { get; private set; } = [];

    public List<string> Tags { get; private set; } = [];

    /// <summary>Who keeps it true; defaults installed before anyone is on the staff have none until an edit names one.</summary>
    public Guid? OwnerId { get; private set; }

    public DateOnly ReviewBy { get; private set; }

    public KnowledgeStatus Status { get; private set; }

    public Guid? ApprovedById { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>Title, body and tags in lower case, searched by substring through a trigram index.</summary>
    public string SearchText { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public uint Version { get; private set; }

    public static KnowledgeEntry Draft(EntryWording wording)
    {
        var entry = new KnowledgeEntry { Id = KnowledgeEntryId.New(), Status = KnowledgeStatus.Draft };
        entry.Word(wording);
        return entry;
    }

    /// <summary>An entry installed with the product, approved already: the wording the desk's own procedures give.</summary>
    public static KnowledgeEntry Installed(EntryWording wording)
    {
        var entry = Draft(wording);
        entry.Status = KnowledgeStatus.Approved;
        return entry;
    }

    public Result Reword(EntryWording wording)
    {
        if (Status == KnowledgeStatus.Retired)
        {
            return Error.IllegalTransition("edit", Status.ToString(), []);
        }

        Word(wording);
        Status = KnowledgeStatus.Draft;
        ApprovedById = null;
        ApprovedAt = null;
        return Result.Success();
    }

    public Result Approve(Guid approverId, DateTimeOffset at)
    {
        if (Status != KnowledgeStatus.Draft)
        {
            return Error.IllegalTransition("approve", Status.ToString(), Status == KnowledgeStatus.Approved ? ["retire", "edit"] : []);
        }

        Status = KnowledgeStatus.Approved;
        ApprovedById = approverId;
        ApprovedAt = at;
        return Result.Success();
    }

    public Result Retire()
    {
        if (Status == KnowledgeStatus.Retired)
        {
            return Error.IllegalTransition("retire", Status.ToString(), []);
        }

        Status = KnowledgeStatus.Retired;
        return Result.Success();
    }

    private void Word(EntryWording wording)
    {
        Kind = wording.Kind;
        Title = wording.Title;
        Body = wording.Body;
        Categories = [.. wording.Categories];
        Tags = [.. wording.Tags];
        OwnerId = wording.OwnerId;
        ReviewBy = wording.ReviewBy;
        SearchText = string.Join('\n', [Title, Body, .. Tags]).ToLowerInvariant();
    }
}
