using Huiyin.Knowledge.Contracts;
using Huiyin.Knowledge.Domain;
using Huiyin.Knowledge.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Knowledge.Features.Phrases;

internal sealed class FindForbiddenPhrasesHandler(KnowledgeDbContext db) : IRequestHandler<FindForbiddenPhrases, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(FindForbiddenPhrases request, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.Text) ? []
            : ForbiddenPhrase.FoundIn(request.Text, await db.ForbiddenPhrases.AsNoTracking().OrderBy(p => p.Position).Select(p => p.Phrase).ToListAsync(cancellationToken));
}
