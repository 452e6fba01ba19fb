using FluentValidation;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

internal sealed record StaffMemberChanges(
    string DisplayName, [property: EnumNames(typeof(StaffRole))] IReadOnlyList<string> Roles, Guid? TeamId, string ServiceNumber, IReadOnlyList<string>? Skills);

/// <summary>
/// Changes a staff member's profile; the caller must send the ETag it read (optimistic concurrency). A change of roles ends
/// their sessions, so that no refresh carries the old roles on.
/// </summary>
internal sealed record UpdateStaffMember(
    Guid Id, uint? ExpectedVersion, string DisplayName, IReadOnlyList<string> Roles, Guid? TeamId, string ServiceNumber, IReadOnlyList<string>? Skills)
    : ICommand<Result<Versioned<StaffMemberResponse>>>, IAuditedChange
{
    public static UpdateStaffMember From(Guid id, uint? expectedVersion, StaffMemberChanges changes) =>
        new(id, expectedVersion, changes.DisplayName, changes.Roles, changes.TeamId, changes.ServiceNumber, changes.Skills);
}

internal sealed class UpdateStaffMemberValidator : AbstractValidator<UpdateStaffMember>
{
    public UpdateStaffMemberValidator()
    {
        RuleFor(x => x.DisplayName).MustBeADisplayName();
        RuleFor(x => x.Roles).MustBeRoles();
        RuleFor(x => x.Skills).MustBeSkills();
        RuleFor(x => x.ServiceNumber).NotEmpty();
        RuleFor(x => x.ServiceNumber).MustBeAServiceNumber();
    }
}

internal sealed class UpdateStaffMemberHandler(OrganizationDbContext db, StaffDirectory directory, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<UpdateStaffMember, Result<Versioned<StaffMemberResponse>>>
{
    public async Task<Result<Versioned<StaffMemberResponse>>> Handle(UpdateStaffMember request, CancellationToken cancellationToken)
    {
        var id = new StaffMemberId(request.Id);
        var found = await db.Staff.FindForUpdateAsync(s => s.Id == id, request.ExpectedVersion, "Staff member", request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var staff = found.Value;

        var roles = StaffRules.ParseRoles(request.Roles);
        if (currentUser.Id == request.Id && staff.Roles.Contains(StaffRole.Admin) && !roles.Contains(StaffRole.Admin))
        {
            return Error.BusinessRule("own_admin_role", "You cannot take the Admin role away from yourself; ask another Admin.");
        }

        var teamId = request.TeamId is { } team ? new TeamId(team) : (TeamId?)null;
        var problem = await directory.CheckTeamExistsAsync(teamId, cancellationToken)
                      ?? await directory.CheckServiceNumberFreeAsync(request.ServiceNumber, id, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!staff.Roles.ToHashSet().SetEquals(roles))
        {
            await StaffSessions.EndAllAsync(db, id, clock.GetUtcNow(), cancellationToken);
        }

        staff.ChangeProfile(request.DisplayName.Trim(), request.ServiceNumber, roles, teamId, request.Skills ?? []);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<StaffMemberResponse>(StaffMemberResponse.From(staff), staff.Version);
    }
}

internal static class UpdateStaffMemberEndpoint
{
    public static void MapUpdateStaffMember(this IEndpointRouteBuilder staff) =>
        staff.MapPut("/{id:guid}", async (Guid id, StaffMemberChanges changes, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(UpdateStaffMember.From(id, ETags.Parse(ifMatch), changes), cancellationToken))
                .ToHttp(updated => updated.ToOk(response)))
            .RequireAuthorization(OrganizationPermissions.StaffManage)
            .WithName("UpdateStaff")
            .WithSummary("Change a staff member's profile (send If-Match)")
            .Produces<StaffMemberResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static void MapPatchStaffMember(this IEndpointRouteBuilder staff) =>
        staff.MapMergePatch(id => new GetStaffMember(id), ChangesOf, UpdateStaffMember.From)
            .RequireAuthorization(OrganizationPermissions.StaffManage)
            .WithName("PatchStaff")
            .WithSummary("Change some of a staff member's profile (merge patch, send If-Match)");

    private static StaffMemberChanges ChangesOf(StaffMemberResponse s) =>
        new(s.DisplayName, s.Roles.Select(role => role.ToString()).ToList(), s.TeamId, s.ServiceNumber, s.Skills);
}
