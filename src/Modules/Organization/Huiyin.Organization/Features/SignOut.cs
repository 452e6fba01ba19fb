using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Auth;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

/// <summary>Ends a session: every refresh token of its family stops working. Unknown tokens are ignored.</summary>
internal sealed record SignOut(string RefreshToken) : ICommand<Result>;

internal sealed class SignOutValidator : AbstractValidator<SignOut>
{
    public SignOutValidator() => RuleFor(x => x.RefreshToken).NotEmpty();
}

internal sealed class SignOutHandler(OrganizationDbContext db, TimeProvider clock) : IRequestHandler<SignOut, Result>
{
    public async Task<Result> Handle(SignOut request, CancellationToken cancellationToken)
    {
        var hash = SecretTokens.Hash(request.RefreshToken);
        var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(cancellationToken);
        if (familyId is not null)
        {
            var now = clock.GetUtcNow();
            var family = await db.RefreshTokens.Where(t => t.FamilyId == familyId).ToListAsync(cancellationToken);
            family.ForEach(t => t.Revoke(now));
        }

        return Result.Success();
    }
}

internal static class SignOutEndpoint
{
    public static void MapSignOut(this IEndpointRouteBuilder auth) =>
        auth.MapPost("/logout", async (SignOut request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp())
            .AllowAnonymous()
            .WithName("Logout")
            .WithSummary("Sign out: revoke the session's refresh tokens")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();
}
