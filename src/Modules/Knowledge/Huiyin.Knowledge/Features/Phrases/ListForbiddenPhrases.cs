using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.Knowledge.Contracts;
using Huiyin.Knowledge.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Knowledge.Features.Phrases;

/// <summary>The forbidden phrases in the order they are kept: the SPA highlights them as they are typed.</summary>
internal sealed record ListForbiddenPhrases : IQuery<ItemsResponse<string>>;

internal sealed class ListForbiddenPhrasesHandler(KnowledgeDbContext db) : IRequestHandler<ListForbiddenPhrases, ItemsResponse<string>>
{
    public async Task<ItemsResponse<string>> Handle(ListForbiddenPhrases request, CancellationToken cancellationToken) =>
        new(await db.ForbiddenPhrases.AsNoTracking().OrderBy(p => p.Position).Select(p => p.Phrase).ToListAsync(cancellationToken));
}

internal static class ListForbiddenPhrasesEndpoint
{
    public static void MapListForbiddenPhrases(this IEndpointRouteBuilder phrases) =>
        phrases.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListForbiddenPhrases(), cancellationToken)))
            .RequireAuthorization(KnowledgePermissions.Read)
            .WithName("ListForbiddenPhrases")
            .WithSummary("The phrases staff must never say (禁说)")
            .Produces<ItemsResponse<string>>();
}
