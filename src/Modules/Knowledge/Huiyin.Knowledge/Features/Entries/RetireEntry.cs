using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Knowledge.Contracts;
using Huiyin.Knowledge.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Knowledge.Features.Entries;

/// <summary>Retires an entry that no longer holds: it stays on record but is offered to nobody and is no longer edited.</summary>
internal sealed record RetireEntry(Guid Id) : ICommand<Result<EntryResponse>>;

internal sealed class RetireEntryHandler(EntryTransitions transitions) : IRequestHandler<RetireEntry, Result<EntryResponse>>
{
    public Task<Result<EntryResponse>> Handle(RetireEntry request, CancellationToken cancellationToken) =>
        transitions.ApplyAsync(request.Id, entry => entry.Retire(), cancellationToken);
}

internal static class RetireEntryEndpoint
{
    public static void MapRetireEntry(this IEndpointRouteBuilder knowledge) =>
        knowledge.MapPost("/{id:guid}/retire", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RetireEntry(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(KnowledgePermissions.Approve)
            .WithName("RetireKnowledgeEntry")
            .WithSummary("Retire an answer or script")
            .WithDescription("A Draft or an Approved entry is retired; 409 for one retired already.")
            .Produces<EntryResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
