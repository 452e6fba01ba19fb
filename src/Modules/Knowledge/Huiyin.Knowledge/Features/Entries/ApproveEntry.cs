using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Knowledge.Contracts;
using Huiyin.Knowledge.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Knowledge.Features.Entries;

/// <summary>A Supervisor or above approves a draft: from then on the desk is offered it.</summary>
internal sealed record ApproveEntry(Guid Id) : ICommand<Result<EntryResponse>>;

internal sealed class ApproveEntryHandler(EntryTransitions transitions, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ApproveEntry, Result<EntryResponse>>
{
    public Task<Result<EntryResponse>> Handle(ApproveEntry request, CancellationToken cancellationToken) =>
        transitions.ApplyAsync(request.Id, entry => entry.Approve(user.Id.GetValueOrDefault(), clock.GetUtcNow()), cancellationToken);
}

internal static class ApproveEntryEndpoint
{
    public static void MapApproveEntry(this IEndpointRouteBuilder knowledge) =>
        knowledge.MapPost("/{id:guid}/approve", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ApproveEntry(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(KnowledgePermissions.Approve)
            .WithName("ApproveKnowledgeEntry")
            .WithSummary("Approve a draft answer or script")
            .WithDescription("Only a Draft is approved; 409 for an entry already approved or retired.")
            .Produces<EntryResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
