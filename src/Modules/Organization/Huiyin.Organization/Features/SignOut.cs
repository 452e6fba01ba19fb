using System.Security.Claims;
using FluentValidation;
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

internal sealed class SignOutValidator : AbstractValidator<SignOut>
{
    /// <summary>A sign-out by body names its refresh token; one without a body is named by the bearer token.</summary>
    public SignOutValidator() => RuleFor(x => x.RefreshToken).NotEmpty().When(x => x.RefreshToken is not null);
}

internal sealed class SignOutHandler(OrganizationDbContext db, TimeProvider clock) : IRequestHandler<SignOut, Result>
{
    public async Task<Result> Handle(SignOut request, CancellationToken cancellationToken)
    {
        var familyId = request.RefreshToken is null ? request.SessionId : await FamilyOfAsync(request.RefreshToken, cancellationToken);
        if (request.RefreshToken is null && familyId is null)
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
                    var signOut = body is null ? new SignOut(null, SessionOwner.SessionOf(user)) : new SignOut(body.RefreshToken ?? "", null);
                    return (await mediator.Send(signOut, cancellationToken)).ToHttp();
                })
            .AllowAnonymous()
            .WithName("Logout")
            .WithSummary("Sign out: revoke the session's refresh tokens")
            .WithDescription(
                "Names the session by {refreshToken} in the body or, without a body, by the bearer token; clears the browser's session cookie. " +
                "A body without refreshToken is a 400; no body and no bearer token a 401.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
