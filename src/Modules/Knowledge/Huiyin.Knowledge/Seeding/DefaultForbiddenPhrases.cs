using Huiyin.BuildingBlocks.Modules;
using Huiyin.Knowledge.Domain;
using Huiyin.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Knowledge.Seeding;

/// <summary>On a new installation, the front desk's 禁说 list: “不知道”“不行”“我现在很忙”“我不清楚”“找开发商”“没办法”.</summary>
internal sealed class DefaultForbiddenPhrases(KnowledgeDbContext db) : IStartupTask
{
    private static readonly string[] Defaults = ["不知道", "不行", "我现在很忙", "我不清楚", "找开发商", "没办法"];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await db.ForbiddenPhrases.AnyAsync(cancellationToken))
        {
            return;
        }

        db.ForbiddenPhrases.AddRange(Defaults.Select((phrase, position) => new ForbiddenPhrase { Position = position, Phrase = phrase }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
