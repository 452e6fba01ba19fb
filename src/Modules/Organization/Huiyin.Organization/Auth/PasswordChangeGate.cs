using Huiyin.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Huiyin.Organization.Auth;

/// <summary>
/// After an Admin's password reset the access token carries <see cref="Claim"/>; with it, every endpoint not
/// marked <see cref="AllowedBeforePasswordChange"/> answers 403 <c>password_change_required</c>.
/// </summary>
internal sealed class PasswordChangeGate : IAuthorizationHandler
{
    public const string Claim = "pwd_change";

    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        var endpoint = (context.Resource as HttpContext)?.GetEndpoint();
        if (context.User.HasClaim(Claim, "true") && endpoint?.Metadata.GetMetadata<AllowedBeforePasswordChange>() is null)
        {
            context.Fail(new CodedAuthorizationFailure(this, "password_change_required", "Change your password before doing anything else."));
        }

        return Task.CompletedTask;
    }
}

/// <summary>Marks the endpoints a person who must change their password may still call.</summary>
internal sealed class AllowedBeforePasswordChange
{
    public static readonly AllowedBeforePasswordChange Instance = new();
}
