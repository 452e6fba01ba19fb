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
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Inspections;

internal sealed record GetChecklist(Guid Id) : IQuery<Result<Versioned<ChecklistResponse>>>;

internal sealed class GetChecklistHandler(FacilitiesDbContext db) : IRequestHandler<GetChecklist, Result<Versioned<ChecklistResponse>>>
{
    public async Task<Result<Versioned<ChecklistResponse>>> Handle(GetChecklist request, CancellationToken cancellationToken)
    {
        var id = new ChecklistId(request.Id);
        var checklist = await db.Checklists.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return checklist is null ? Error.NotFound("Checklist", request.Id) : new Versioned<ChecklistResponse>(ChecklistResponse.From(checklist), checklist.Version);
    }
}

internal static class GetChecklistEndpoint
{
    public static void MapGetChecklist(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/checklists/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetChecklist(id), cancellationToken)).ToHttp(found => found.ToOk(response)))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("GetChecklist")
            .WithSummary("One inspection checklist, with an ETag for updates")
            .Produces<ChecklistResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
