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

namespace Huiyin.Knowledge.Features.Entries;

/// <summary>Drafts an answer or a script; nobody at the desk is offered it until it is approved.</summary>
internal sealed record CreateEntry : EntryFields, ICommand<Result<EntryResponse>>
{
    public CreateEntry(EntryForm form)
        : base(form)
    {
    }
}

internal sealed class CreateEntryValidator : EntryFieldsValidator<CreateEntry>;

internal sealed class CreateEntryHandler(KnowledgeDbContext db, EntryResponses responses) : IRequestHandler<CreateEntry, Result<EntryResponse>>
{
    public async Task<Result<EntryResponse>> Handle(CreateEntry request, CancellationToken cancellationToken)
    {
        if (!await responses.IsStaffAsync(request.OwnerId, cancellationToken))
        {
            return EntryErrors.UnknownOwner;
        }

        var entry = KnowledgeEntry.Draft(request.Wording());
        db.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(entry, cancellationToken);
    }
}

internal static class CreateEntryEndpoint
{
    public static void MapCreateEntry(this IEndpointRouteBuilder knowledge) =>
        knowledge.MapPost("/", async (EntryForm body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CreateEntry(body), cancellationToken))
                .ToHttp(created => TypedResults.Created($"/api/v1/knowledge/{created.Id}", created)))
            .RequireAuthorization(KnowledgePermissions.Write)
            .WithName("CreateKnowledgeEntry")
            .WithSummary("Draft an answer or a script")
            .WithDescription("`kind`: Answer or Script; `title` 1–100 and `body` 1–4000 characters; `ownerId` an active staff member; `reviewBy` the owner's next review day. The entry starts as a Draft.")
            .Produces<EntryResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
