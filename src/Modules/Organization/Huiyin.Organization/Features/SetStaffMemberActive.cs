using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

/// <summary>
/// Deactivates a staff member who left (their sessions end at once; history keeps their name) or activates
/// them again. Nothing is deleted.
/// </summary>
internal sealed record SetStaffMemberActive(Guid Id, bool Active) : ICommand<Result<StaffMemberResponse>>, IAuditedChange;

internal sealed class SetStaffMemberActiveHandler(OrganizationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<SetStaffMemberActive, Result<StaffMemberResponse>>
{
    public async Task<Result<StaffMemberResponse>> Handle(SetStaffMemberActive request, CancellationToken cancellationToken)
    {
        var id = new StaffMemberId(request.Id);
        var staff = await db.Staff.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (staff is null)
        {
            return Error.NotFound("Staff member", request.Id);
        }

        if (staff.Active == request.Active)
        {
            var status = staff.Active ? "Active" : "Inactive";
            return Error.IllegalTransition(request.Active ? "activate" : "deactivate", status, [staff.Active ? "deactivate" : "activate"]);
        }

        if (!request.Active && currentUser.Id == request.Id)
        {
            return Error.BusinessRule("own_account", "You cannot deactivate your own account.");
        }

        var now = clock.GetUtcNow();
        if (request.Active)
        {
            staff.Activate();
        }
        else
        {
            staff.Deactivate();
            await StaffSessions.EndAllAsync(db, id, now, cancellationToken);
        }

        db.Publish(new StaffMemberActiveChanged(request.Id, request.Active, now));
        await db.SaveChangesAsync(cancellationToken);
        return StaffMemberResponse.From(staff);
    }
}

internal static class SetStaffMemberActiveEndpoints
{
    public static void MapSetStaffMemberActive(this IEndpointRouteBuilder staff)
    {
        Map(staff, "deactivate", active: false, "DeactivateStaff", "Deactivate a staff member (their sessions end)");
        Map(staff, "activate", active: true, "ActivateStaff", "Activate a staff member again");
    }

    private static void Map(IEndpointRouteBuilder staff, string action, bool active, string name, string summary) =>
        staff.MapPost($"/{{id:guid}}/{action}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SetStaffMemberActive(id, active), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(OrganizationPermissions.StaffManage)
            .WithName(name)
            .WithSummary(summary)
            .Produces<StaffMemberResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
