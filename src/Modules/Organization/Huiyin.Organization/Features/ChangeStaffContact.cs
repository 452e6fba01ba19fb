using Huiyin.BuildingBlocks.Auditing;
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

/// <summary>An Admin sets where a staff member's e-mail and text notifications go, for someone who cannot do it themselves.</summary>
internal sealed record ChangeStaffContact(Guid Id, string Email, string Mobile) : ICommand<Result<StaffMemberResponse>>, IContactChange, IAuditedChange;

/// <summary>The body of a staff member's contact change; an empty value removes that address.</summary>
internal sealed record StaffContactBody(string Email, string Mobile);

internal sealed class ChangeStaffContactValidator : ContactChangeValidator<ChangeStaffContact>;

internal sealed class ChangeStaffContactHandler(OrganizationDbContext db) : IRequestHandler<ChangeStaffContact, Result<StaffMemberResponse>>
{
    public async Task<Result<StaffMemberResponse>> Handle(ChangeStaffContact request, CancellationToken cancellationToken)
    {
        var staff = await db.Staff.SingleOrDefaultAsync(s => s.Id == new StaffMemberId(request.Id), cancellationToken);
        if (staff is null)
        {
            return Error.NotFound("Staff member", request.Id);
        }

        staff.ChangeContact(ContactValues.OrNone(request.Email), ContactValues.OrNone(request.Mobile));
        await db.SaveChangesAsync(cancellationToken);
        return StaffMemberResponse.From(staff);
    }
}

internal static class ChangeStaffContactEndpoint
{
    public static void MapChangeStaffContact(this IEndpointRouteBuilder staff) =>
        staff.MapPut("/{id:guid}/contact", async (Guid id, StaffContactBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ChangeStaffContact(id, body.Email, body.Mobile), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(OrganizationPermissions.StaffManage)
            .WithName("ChangeStaffContact")
            .WithSummary("Set where a staff member's e-mail and text notifications go")
            .WithDescription("Both fields are required; an empty value removes that address. A malformed e-mail or mobile is a 400 naming the field.")
            .Produces<StaffMemberResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
