using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Auth;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Huiyin.Organization.Features;

/// <summary>
/// The signed-in person changes their own password. Every session of theirs ends, and the answer opens a fresh
/// one, so the caller carries on with the returned tokens (and without the must-change mark of a reset).
/// </summary>
internal sealed record ChangePassword(string CurrentPassword, string NewPassword) : ICommand<Result<SessionResponse>>;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(x => x.NewPassword).MustBeAPassword();
    }
}

internal sealed class ChangePasswordHandler(
    OrganizationDbContext db, ICurrentUser currentUser, Sessions sessions, IPasswordHasher<StaffMember> hasher, TimeProvider clock)
    : IRequestHandler<ChangePassword, Result<SessionResponse>>
{
    public async Task<Result<SessionResponse>> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        if (currentUser.IsApiClient || currentUser.Id is not { } id)
        {
            return Error.Forbidden("staff_only", "Only staff accounts have a password.");
        }

        var staff = await db.Staff.SingleAsync(s => s.Id == new StaffMemberId(id), cancellationToken);
        if (hasher.VerifyHashedPassword(staff, staff.PasswordHash, request.CurrentPassword) == PasswordVerificationResult.Failed)
        {
            return Error.Validation("wrong_current_password", "currentPassword", "The current password is incorrect.");
        }

        if (PasswordRule.Check(request.NewPassword, "newPassword", staff.Username, staff.ServiceNumber) is { } weak)
        {
            return weak;
        }

        staff.ChangePassword(hasher.HashPassword(staff, request.NewPassword));
        await StaffSessions.EndAllAsync(db, staff.Id, clock.GetUtcNow(), cancellationToken);
        var session = sessions.Issue(staff, previous: null);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }
}

internal static class ChangePasswordEndpoint
{
    public static void MapChangePassword(this IEndpointRouteBuilder auth) =>
        auth.MapPost("/password", async (ChangePassword request, HttpContext http, IOptions<AuthOptions> options, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(session => RefreshCookie.Answer(http, session, options.Value.RefreshTokenLifetime)))
            .WithMetadata(AllowedBeforePasswordChange.Instance)
            .RequireRateLimiting(SignInEndpoint.RateLimitPolicy)
            .WithName("ChangePassword")
            .WithSummary("Change your own password")
            .WithDescription(
                "A wrong current password is a 400 naming currentPassword. Every session of the account ends, including this one: " +
                "the answer is a new session whose tokens replace the old ones (the refresh token as a cookie when asked for with X-Session-Transport: cookie).")
            .Produces<SessionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
