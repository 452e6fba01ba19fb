using Huiyin.Knowledge.Contracts;
using Huiyin.Knowledge.Domain;
using Huiyin.Knowledge.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Knowledge.Features.Entries;

/// <summary>A script is found by the tag S4 gives its purpose; of several approved, the latest approved is used.</summary>
internal sealed class GetApprovedScriptHandler(KnowledgeDbContext db) : IRequestHandler<GetApprovedScript, string?>
{
    private static readonly Dictionary<ScriptPurpose, string> Tags = new() { [ScriptPurpose.OutgoingCall] = "外呼" };

    public async Task<string?> Handle(GetApprovedScript request, CancellationToken cancellationToken)
    {
        var tag = Tags[request.Purpose];
        var body = await db.Entries.AsNoTracking()
            .Where(e => e.Kind == KnowledgeKind.Script && e.Status == KnowledgeStatus.Approved && e.Tags.Contains(tag))
            .OrderByDescending(e => e.ApprovedAt).ThenByDescending(e => e.UpdatedAt)
            .Select(e => e.Body)
            .FirstOrDefaultAsync(cancellationToken);
        return body is null ? null : Spoken(body);
    }

    /// <summary>The words between the first pair of Chinese quotation marks, or the whole body when it quotes nothing.</summary>
    private static string Spoken(string body)
    {
        var open = body.IndexOf('“');
        var close = open < 0 ? -1 : body.IndexOf('”', open + 1);
        return close > open + 1 ? body[(open + 1)..close] : body.Trim();
    }
}
