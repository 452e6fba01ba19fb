using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Knowledge.Contracts;
using Huiyin.Knowledge.Features.Shared;
using Huiyin.Knowledge.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Knowledge.Features.Entries;

/// <summary>Rewords an entry (send the ETag read). An approved entry goes back to Draft until it is approved again; a retired one is not edited.</summary>
internal sealed record UpdateEntry : EntryFields, ICommand<Result<Versioned<EntryResponse>>>
{
    public UpdateEntry(Guid id, uint? expectedVersion, EntryForm form)
        : base(form)
    {
        Id = id;
        ExpectedVersion = expectedVersion;
    }

    public Guid Id { get; }

    public uint? ExpectedVersion { get; }
}

internal sealed class UpdateEntryValidator : EntryFieldsValidator<UpdateEntry>;

internal sealed class UpdateEntryHandler(KnowledgeDbContext db, EntryResponses responses) : IRequestHandler<UpdateEntry, Result<Versioned<EntryResponse>>>
{
    public async Task<Result<Versioned<EntryResponse>>> Handle(UpdateEntry request, CancellationToken cancellationToken)
    {
        var found = await db.Entries.FindForUpdateAsync(e => e.Id == new Domain.KnowledgeEntryId(request.Id), request.ExpectedVersion, "Knowledge entry", request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        if (found.Value.OwnerId != request.OwnerId && !await responses.IsStaffAsync(request.OwnerId, cancellationToken))
        {
            return EntryErrors.UnknownOwner;
        }

        var reworded = found.Value.Reword(request.Wording());
        if (reworded.IsFailure)
        {
            return reworded.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<EntryResponse>(await responses.OfAsync(found.Value, cancellationToken), found.Value.Version);
    }
}

internal static class UpdateEntryEndpoint
{
    public static void MapUpdateEntry(this IEndpointRouteBuilder knowledge) =>
        knowledge.MapPut("/{id:guid}", async (Guid id, EntryForm body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response,
                    IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateEntry(id, ETags.Parse(ifMatch), body), cancellationToken)).ToHttp(updated => updated.ToOk(response)))
            .RequireAuthorization(KnowledgePermissions.Write)
            .WithName("UpdateKnowledgeEntry")
            .WithSummary("Reword an answer or script (send If-Match)")
            .WithDescription("The same fields as a create. An Approved entry returns to Draft and needs approving again; 409 for a Retired one.")
            .Produces<EntryResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
