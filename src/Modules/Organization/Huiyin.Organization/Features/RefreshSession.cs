using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Auth;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

/// <summary>
/// Trades a refresh token for a new session. A token presented twice revokes its whole family, and that
/// revocation must be saved although the request fails: the handler saves itself.
/// </summary>
internal sealed record RefreshSession(string RefreshToken) : IRequest<Result<SessionResponse>>;

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
            await RevokeFamilyAsync(token.FamilyId, now, cancellationToken);
            return Error.Unauthorized("refresh_token_reused", "This refresh token was already used; the session has been revoked. Sign in again.");
        }

        var staff = await db.Staff.SingleAsync(s => s.Id == token.StaffMemberId, cancellationToken);
        if (!staff.Active)
        {
            return SignInAgain;
        }

        token.Consume(now);
        var session = sessions.Issue(staff, token.FamilyId);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    private async Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var family = await db.RefreshTokens.Where(t => t.FamilyId == familyId).ToListAsync(cancellationToken);
        family.ForEach(t => t.Revoke(now));
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal static class RefreshSessionEndpoint
{
    public static void MapRefreshSession(this IEndpointRouteBuilder auth) =>
        auth.MapPost("/refresh", async (RefreshSession request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(TypedResults.Ok))
            .AllowAnonymous()
            .RequireRateLimiting(SignInEndpoint.RateLimitPolicy)
            .WithName("Refresh")
            .WithSummary("Exchange a refresh token for a new session")
            .WithDescription("The presented refresh token stops working. Presenting a used token again revokes the whole session.")
            .Produces<SessionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
