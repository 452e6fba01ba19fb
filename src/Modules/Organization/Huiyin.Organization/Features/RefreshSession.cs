using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Auth;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Huiyin.Organization.Features;

/// <summary>
/// Trades a refresh token for a new session. A token presented twice revokes its whole family, and that
/// revocation must be saved although the request fails: the handler saves itself.
/// </summary>
internal sealed record RefreshSession(string RefreshToken) : IRequest<Result<SessionResponse>>;

/// <summary>The body of a refresh; a browser sends none and presents its session cookie instead.</summary>
internal sealed record RefreshSessionBody(string? RefreshToken);

internal sealed class RefreshSessionValidator : AbstractValidator<RefreshSession>
{
    public RefreshSessionValidator() => RuleFor(x => x.RefreshToken).NotEmpty();
}

internal sealed class RefreshSessionHandler(OrganizationDbContext db, Sessions sessions, TimeProvider clock)
    : IRequestHandler<RefreshSession, Result<SessionResponse>>
{
    private static readonly Error SignInAgain = Error.Unauthorized("session_ended", "The session has ended. Sign in again.");

    public async Task<Result<SessionResponse>> Handle(RefreshSession request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = SecretTokens.Hash(request.RefreshToken);
        var token = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (token is null || token.IsExpiredAt(now))
        {
            return SignInAgain;
        }

        if (token.WasUsedOrRevoked)
        {
            await StaffSessions.EndAsync(db, t => t.FamilyId == token.FamilyId, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Error.Unauthorized("refresh_token_reused", "This refresh token was already used; the session has been revoked. Sign in again.");
        }

        var staff = await db.Staff.SingleAsync(s => s.Id == token.StaffMemberId, cancellationToken);
        if (!staff.Active)
        {
            return SignInAgain;
        }

        token.Consume(now);
        var session = sessions.Issue(staff, previous: token);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }
}

internal static class RefreshSessionEndpoint
{
    public const string RateLimitPolicy = "session-refresh";

    public static void MapRefreshSession(this IEndpointRouteBuilder auth) =>
        auth.MapPost("/refresh", RefreshAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .WithName("Refresh")
            .WithSummary("Exchange a refresh token for a new session")
            .WithDescription(
                "Send the refresh token in the body, or, from a browser, no body and the session cookie with the header X-Session-Transport: cookie " +
                "(a cookie without that header is refused with 403). The presented refresh token stops working. Presenting a used token again revokes the whole session.")
            .Produces<SessionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IResult> RefreshAsync(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RefreshSessionBody? body, HttpContext http, IOptions<AuthOptions> options,
        IMediator mediator, CancellationToken cancellationToken)
    {
        var presented = RefreshCookie.TokenOf(http.Request, body?.RefreshToken);
        if (presented.IsFailure)
        {
            return ProblemResults.From(presented.Error);
        }

        var refreshed = await mediator.Send(new RefreshSession(presented.Value), cancellationToken);
        return refreshed.ToHttp(session => RefreshCookie.Answer(http, session, options.Value.RefreshTokenLifetime));
    }
}
