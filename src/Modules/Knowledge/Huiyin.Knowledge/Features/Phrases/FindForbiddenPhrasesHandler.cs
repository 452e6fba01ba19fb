using Huiyin.Knowledge.Contracts;
using Huiyin.Knowledge.Domain;
using Huiyin.Knowledge.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Knowledge.Features.Phrases;

internal sealed class FindForbiddenPhrasesHandler(KnowledgeDbContext db) : IRequestHandler<FindForbiddenPhrases, IReadOnlyList<IReadOnlyList<string>>>
{
    public async Task<IReadOnlyList<IReadOnlyList<string>>> Handle(FindForbiddenPhrases request, CancellationToken cancellationToken)
    {
        if (request.Texts.All(string.IsNullOrWhiteSpace))
        {
            return request.Texts.Select(_ => (IReadOnlyList<string>)[]).ToList();
        }

        var phrases = await db.ForbiddenPhrases.AsNoTracking().OrderBy(p => p.Position).Select(p => p.Phrase).ToListAsync(cancellationToken);
        return request.Texts.Select(text => string.IsNullOrWhiteSpace(text) ? [] : ForbiddenPhrase.FoundIn(text, phrases)).ToList();
    }
}
