using FluentValidation;
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
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

/// <summary>
/// An Admin gives a staff member a temporary password: their sessions end, and after signing in with it they
/// may do nothing but change it.
/// </summary>
internal sealed record ResetStaffPassword(Guid Id, string TemporaryPassword) : ICommand<Result>, IAuditedChange;

/// <summary>The body of a password reset.</summary>
internal sealed record ResetStaffPasswordBody(string TemporaryPassword);

internal sealed class ResetStaffPasswordValidator : AbstractValidator<ResetStaffPassword>
{
    public ResetStaffPasswordValidator() => RuleFor(x => x.TemporaryPassword).MustBeAPassword();
}

internal sealed class ResetStaffPasswordHandler(OrganizationDbContext db, IPasswordHasher<StaffMember> hasher, TimeProvider clock)
    : IRequestHandler<ResetStaffPassword, Result>
{
    public async Task<Result> Handle(ResetStaffPassword request, CancellationToken cancellationToken)
    {
        var staff = await db.Staff.SingleOrDefaultAsync(s => s.Id == new StaffMemberId(request.Id), cancellationToken);
        if (staff is null)
        {
            return Error.NotFound("Staff member", request.Id);
        }

        if (PasswordRule.Check(request.TemporaryPassword, "temporaryPassword", staff.Username, staff.ServiceNumber) is { } weak)
        {
            return weak;
        }

        staff.ResetPassword(hasher.HashPassword(staff, request.TemporaryPassword));
        await StaffSessions.EndAllAsync(db, staff.Id, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}

internal static class ResetStaffPasswordEndpoint
{
    public static void MapResetStaffPassword(this IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/password-reset", async (Guid id, ResetStaffPasswordBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ResetStaffPassword(id, body.TemporaryPassword), cancellationToken)).ToHttp())
            .RequireAuthorization(OrganizationPermissions.StaffManage)
            .WithName("ResetStaffPassword")
            .WithSummary("Give a staff member a temporary password")
            .WithDescription(
                "Ends the person's sessions. Signing in with the temporary password succeeds with mustChangePassword: true, " +
                "and every other call answers 403 password_change_required until they change it.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
