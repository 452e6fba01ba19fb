using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Facilities.Features.Inspections;

/// <summary>Changes a checklist (send If-Match). Rounds already made keep their items; its items get new ids.</summary>
internal sealed record UpdateChecklist(
    Guid Id, uint? ExpectedVersion, string Name, IReadOnlyList<ChecklistItemRequest> Items, ChecklistTarget Target, Guid? TeamId)
    : ICommand<Result<Versioned<ChecklistResponse>>>, IChecklistFields
{
    public static UpdateChecklist From(Guid id, uint? expectedVersion, ChecklistFields f) => new(id, expectedVersion, f.Name, f.Items, f.Target, f.TeamId);
}

internal sealed class UpdateChecklistValidator : ChecklistFieldsValidator<UpdateChecklist>;

internal sealed class UpdateChecklistHandler(FacilitiesDbContext db) : IRequestHandler<UpdateChecklist, Result<Versioned<ChecklistResponse>>>
{
    public async Task<Result<Versioned<ChecklistResponse>>> Handle(UpdateChecklist request, CancellationToken cancellationToken)
    {
        var id = new ChecklistId(request.Id);
        var found = await db.Checklists.FindForUpdateAsync(c => c.Id == id, request.ExpectedVersion, "Checklist", request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var checklist = found.Value;
        checklist.Change(request.Name.Trim(), request.Target, request.TeamId, request.Items.Select(i => i.ToItem()));
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<ChecklistResponse>(ChecklistResponse.From(checklist), checklist.Version);
    }
}

internal static class UpdateChecklistEndpoint
{
    public static void MapUpdateChecklist(this IEndpointRouteBuilder facilities) =>
        facilities.MapPut("/checklists/{id:guid}", async (Guid id, ChecklistFields fields, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response,
                IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(UpdateChecklist.From(id, ETags.Parse(ifMatch), fields), cancellationToken)).ToHttp(updated => updated.ToOk(response)))
            .RequireAuthorization(FacilitiesPermissions.Write)
            .WithName("UpdateChecklist")
            .WithSummary("Change an inspection checklist (send If-Match)")
            .WithDescription("The whole checklist as on create. Rounds already made keep the items they were made with; rounds made from now on take these.")
            .Produces<ChecklistResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
