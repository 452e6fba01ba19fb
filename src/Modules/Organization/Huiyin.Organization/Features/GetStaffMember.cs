using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

internal sealed record GetStaffMember(Guid Id) : IQuery<Result<Versioned<StaffMemberResponse>>>;

internal sealed class GetStaffMemberHandler(OrganizationDbContext db) : IRequestHandler<GetStaffMember, Result<Versioned<StaffMemberResponse>>>
{
    public async Task<Result<Versioned<StaffMemberResponse>>> Handle(GetStaffMember request, CancellationToken cancellationToken)
    {
        var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new StaffMemberId(request.Id), cancellationToken);
        return staff is null
            ? Error.NotFound("Staff member", request.Id)
            : new Versioned<StaffMemberResponse>(StaffMemberResponse.From(staff), staff.Version);
    }
}

internal static class GetStaffMemberEndpoint
{
    public static void MapGetStaffMember(this IEndpointRouteBuilder staff) =>
        staff.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetStaffMember(id), cancellationToken)).ToHttp(found => found.ToOk(response)))
            .RequireAuthorization(OrganizationPermissions.StaffRead)
            .WithName("GetStaff")
            .WithSummary("One staff member, with an ETag for updates")
            .Produces<StaffMemberResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
