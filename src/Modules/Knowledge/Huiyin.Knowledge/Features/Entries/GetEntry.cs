using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Knowledge.Contracts;
using Huiyin.Knowledge.Domain;
using Huiyin.Knowledge.Features.Shared;
using Huiyin.Knowledge.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Knowledge.Features.Entries;

/// <summary>One entry in any status, with its ETag for an edit.</summary>
internal sealed record GetEntry(Guid Id) : IQuery<Result<Versioned<EntryResponse>>>;

internal sealed class GetEntryHandler(KnowledgeDbContext db, EntryResponses responses) : IRequestHandler<GetEntry, Result<Versioned<EntryResponse>>>
{
    public async Task<Result<Versioned<EntryResponse>>> Handle(GetEntry request, CancellationToken cancellationToken) =>
        await db.Entries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == new KnowledgeEntryId(request.Id), cancellationToken) is { } entry
            ? new Versioned<EntryResponse>(await responses.OfAsync(entry, cancellationToken), entry.Version)
            : Error.NotFound("Knowledge entry", request.Id);
}

internal static class GetEntryEndpoint
{
    public static void MapGetEntry(this IEndpointRouteBuilder knowledge) =>
        knowledge.MapGet("/{id:guid}", async (Guid id, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetEntry(id), cancellationToken)).ToHttp(found => found.ToOk(response)))
            .RequireAuthorization(KnowledgePermissions.Read)
            .WithName("GetKnowledgeEntry")
            .WithSummary("One answer or script, with its ETag")
            .Produces<EntryResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
