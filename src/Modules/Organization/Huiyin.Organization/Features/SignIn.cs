using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Auth;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huiyin.Organization.Features;

/// <summary>
/// Password sign-in with lockout. Not a unit-of-work command on purpose: a failed attempt must be saved
/// even though the request fails, so the handler saves itself.
/// </summary>
internal sealed record SignIn(string Username, string Password) : IRequest<Result<SessionResponse>>;

internal sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(x => x.Username).NotEmpty().WithMessage("Enter your username.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.");
    }
}

internal sealed class SignInHandler(
    OrganizationDbContext db,
    Sessions sessions,
    IPasswordHasher<StaffMember> hasher,
    IOptions<AuthOptions> options,
    TimeProvider clock,
    IHttpContextAccessor http,
    ILogger<SignInHandler> logger)
    : IRequestHandler<SignIn, Result<SessionResponse>>
{
    private static readonly Error BadCredentials = Error.Unauthorized("bad_credentials", "The username or password is incorrect.");

    public async Task<Result<SessionResponse>> Handle(SignIn request, CancellationToken cancellationToken)
    {
        var result = await SignInAsync(request, cancellationToken);
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (result.IsFailure)
        {
            logger.LogWarning("Sign-in of {Username} from {ClientAddress} failed: {Reason}", request.Username, address, result.Error.Code);
        }
        else
        {
            logger.LogInformation("Sign-in of {Username} from {ClientAddress} succeeded", request.Username, address);
        }

        return result;
    }

    private async Task<Result<SessionResponse>> SignInAsync(SignIn request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var username = request.Username.Trim().ToLowerInvariant();
        var staff = await db.Staff.SingleOrDefaultAsync(s => s.Username == username, cancellationToken);
        if (staff is null || !staff.Active)
        {
            return BadCredentials;
        }

        if (staff.IsLockedAt(now))
        {
            return Locked(staff);
        }

        var verdict = hasher.VerifyHashedPassword(staff, staff.PasswordHash, request.Password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            staff.RecordFailedSignIn(now, options.Value.Lockout);
            await db.SaveChangesAsync(cancellationToken);
            return staff.IsLockedAt(now) ? Locked(staff) : BadCredentials;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            staff.SetPasswordHash(hasher.HashPassword(staff, request.Password));
        }

        staff.RecordSuccessfulSignIn();
        var session = sessions.Issue(staff, previous: null);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    private static Error Locked(StaffMember staff) =>
        new(ErrorKind.Locked, "account_locked",
            $"Too many wrong passwords: the account is locked until {staff.LockedUntil:yyyy-MM-dd HH:mm:ss} UTC.",
            Extensions: new Dictionary<string, object?> { ["lockedUntil"] = staff.LockedUntil });
}

internal static class SignInEndpoint
{
    public const string RateLimitPolicy = "sign-in";

    public static void MapSignIn(this IEndpointRouteBuilder auth) =>
        auth.MapPost("/login", async (SignIn request, HttpContext http, IOptions<AuthOptions> options, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(session => RefreshCookie.Answer(http, session, options.Value.RefreshTokenLifetime)))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .WithName("Login")
            .WithSummary("Sign in with username and password")
            .WithDescription(
                "Returns a short-lived access token and a refresh token. With the header X-Session-Transport: cookie the refresh token comes " +
                "as an HttpOnly cookie for the refresh route instead of in the body (browsers). Five wrong passwords lock the account for 15 minutes (423).")
            .Produces<SessionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
