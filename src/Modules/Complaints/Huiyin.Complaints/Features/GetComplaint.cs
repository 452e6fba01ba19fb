using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features;

/// <summary>One complaint with its severity, the rules behind it, its owner role and its deadlines as the clocks have them now.</summary>
internal sealed record GetComplaint(Guid Id) : IQuery<Result<Versioned<ComplaintResponse>>>;

internal sealed class GetComplaintHandler(ComplaintsDbContext db, ComplaintResponses responses, IMediator mediator)
    : IRequestHandler<GetComplaint, Result<Versioned<ComplaintResponse>>>
{
    public async Task<Result<Versioned<ComplaintResponse>>> Handle(GetComplaint request, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == new ComplaintId(request.Id), cancellationToken);
        if (complaint is null)
        {
            return Error.NotFound("Complaint", request.Id);
        }

        var clocks = await mediator.Send(new GetItemClocks(SlaWorkType.Complaint, request.Id), cancellationToken);
        return new Versioned<ComplaintResponse>(responses.From(complaint, ComplaintResponses.Current(clocks)), complaint.Version);
    }
}

internal static class GetComplaintEndpoint
{
    public static void MapGetComplaint(this IEndpointRouteBuilder complaints) =>
        complaints.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetComplaint(id), cancellationToken)).ToHttp(found => found.ToOk(response)))
            .RequireAuthorization(ComplaintsPermissions.Read)
            .WithName("GetComplaint")
            .WithSummary("One complaint with its severity and the rules behind it, its owner role and deadlines; ETag for updates")
            .Produces<ComplaintResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
