using Huiyin.BuildingBlocks.Results;
using Huiyin.Knowledge.Domain;
using Huiyin.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Knowledge.Features.Shared;

/// <summary>Moves an entry through its statuses: loads it, applies the move (409 when it is illegal), saves, answers it.</summary>
internal sealed class EntryTransitions(KnowledgeDbContext db, EntryResponses responses)
{
    public async Task<Result<EntryResponse>> ApplyAsync(Guid id, Func<KnowledgeEntry, Result> move, CancellationToken cancellationToken)
    {
        if (await db.Entries.SingleOrDefaultAsync(e => e.Id == new KnowledgeEntryId(id), cancellationToken) is not { } entry)
        {
            return Error.NotFound("Knowledge entry", id);
        }

        var moved = move(entry);
        if (moved.IsFailure)
        {
            return moved.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(entry, cancellationToken);
    }
}
