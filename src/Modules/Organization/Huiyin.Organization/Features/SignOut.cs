using System.Security.Claims;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
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

namespace Huiyin.Organization.Features;

/// <summary>
/// Ends a session, named by one of its refresh tokens (API clients) or by the access token it was issued in (the
/// browser, whose refresh token is a cookie it cannot read): every refresh token of its family stops working.
/// Unknown refresh tokens are ignored.
/// </summary>
internal sealed record SignOut(string? RefreshToken, Guid? SessionId) : ICommand<Result>;

/// <summary>The body of a sign-out; a browser sends none.</summary>
internal sealed record SignOutBody(string? RefreshToken);

internal sealed class SignOutHandler(OrganizationDbContext db, TimeProvider clock) : IRequestHandler<SignOut, Result>
{
    public async Task<Result> Handle(SignOut request, CancellationToken cancellationToken)
    {
        var familyId = string.IsNullOrEmpty(request.RefreshToken) ? request.SessionId : await FamilyOfAsync(request.RefreshToken, cancellationToken);
        if (string.IsNullOrEmpty(request.RefreshToken) && familyId is null)
        {
            return Error.Unauthorized("session_unknown", "Send the session's refresh token, or sign out with the session's access token.");
        }

        if (familyId is not null)
        {
            await StaffSessions.EndAsync(db, t => t.FamilyId == familyId, clock.GetUtcNow(), cancellationToken);
        }

        return Result.Success();
    }

    private Task<Guid?> FamilyOfAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var hash = SecretTokens.Hash(refreshToken);
        return db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(cancellationToken);
    }
}

internal static class SignOutEndpoint
{
    public static void MapSignOut(this IEndpointRouteBuilder auth) =>
        auth.MapPost("/logout", async (
                    [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] SignOutBody? body, ClaimsPrincipal user, HttpResponse response,
                    IMediator mediator, CancellationToken cancellationToken) =>
                {
                    RefreshCookie.Clear(response);
                    return (await mediator.Send(new SignOut(body?.RefreshToken, SessionOwner.SessionOf(user)), cancellationToken)).ToHttp();
                })
            .AllowAnonymous()
            .WithName("Logout")
            .WithSummary("Sign out: revoke the session's refresh tokens")
            .WithDescription(
                "Names the session by {refreshToken} in the body or, without a body, by the bearer token; clears the browser's session cookie. " +
                "401 when neither names a session.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
