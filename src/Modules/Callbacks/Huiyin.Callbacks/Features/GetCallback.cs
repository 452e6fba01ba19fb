using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Callbacks.Contracts;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Features.Shared;
using Huiyin.Callbacks.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Callbacks.Features;

/// <summary>One callback with its attempts and what its answer changed.</summary>
internal sealed record GetCallback(Guid Id) : IQuery<Result<Versioned<CallbackResponse>>>;

internal sealed class GetCallbackHandler(CallbacksDbContext db) : IRequestHandler<GetCallback, Result<Versioned<CallbackResponse>>>
{
    public async Task<Result<Versioned<CallbackResponse>>> Handle(GetCallback request, CancellationToken cancellationToken) =>
        await db.Callbacks.AsNoTracking().SingleOrDefaultAsync(c => c.Id == new CallbackId(request.Id), cancellationToken) is { } callback
            ? new Versioned<CallbackResponse>(CallbackResponse.From(callback), callback.Version)
            : Error.NotFound("Callback", request.Id);
}

internal static class GetCallbackEndpoint
{
    public static void MapGetCallback(this IEndpointRouteBuilder callbacks) =>
        callbacks.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCallback(id), cancellationToken)).ToHttp(found => found.ToOk(response)))
            .RequireAuthorization(CallbacksPermissions.Read)
            .WithName("GetCallback")
            .WithSummary("One callback with its attempts and follow-up actions")
            .Produces<CallbackResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
