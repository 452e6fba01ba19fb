using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Facilities.Features.Inspections;

/// <summary>A checklist; with a target (VacantUnits, PublicAreas) the daily job gives each such place a round with it, for its team.</summary>
internal sealed record CreateChecklist(string Name, IReadOnlyList<ChecklistItemRequest> Items, ChecklistTarget Target = ChecklistTarget.None, Guid? TeamId = null)
    : ICommand<Result<ChecklistResponse>>, IChecklistFields;

internal sealed class CreateChecklistValidator : ChecklistFieldsValidator<CreateChecklist>;

internal sealed class CreateChecklistHandler(FacilitiesDbContext db) : IRequestHandler<CreateChecklist, Result<ChecklistResponse>>
{
    public async Task<Result<ChecklistResponse>> Handle(CreateChecklist request, CancellationToken cancellationToken)
    {
        var checklist = Checklist.Create(request.Name.Trim(), request.Target, request.TeamId, request.Items.Select(i => i.ToItem()));
        db.Checklists.Add(checklist);
        await db.SaveChangesAsync(cancellationToken);
        return ChecklistResponse.From(checklist);
    }
}

internal static class CreateChecklistEndpoint
{
    public static void MapCreateChecklist(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/checklists", async (CreateChecklist body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(checklist => TypedResults.Created($"/api/v1/facilities/checklists/{checklist.Id}", checklist)))
            .RequireAuthorization(FacilitiesPermissions.Write)
            .WithName("CreateChecklist")
            .WithSummary("Create an inspection checklist")
            .WithDescription("Items are PassFail or Reading (with min and/or max and a unit); `photoRequired` asks for a photo with the result; `category` is the repair ticket's category when the item fails. With `target` VacantUnits or PublicAreas, the daily job gives every such place a round, for `teamId`.")
            .Produces<ChecklistResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
