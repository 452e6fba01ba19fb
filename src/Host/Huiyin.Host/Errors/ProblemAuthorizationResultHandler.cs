using Huiyin.BuildingBlocks.Localization;
using Huiyin.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace Huiyin.Host.Errors;

/// <summary>Answers 401 and 403 as problem details; a 403 names the permission that was missing, or the coded refusal.</summary>
internal sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems, Wording wording) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            await context.ChallengeAsync();
            await WriteAsync(context, StatusCodes.Status401Unauthorized, "Not signed in.", "unauthenticated",
                "Sign in and send the access token as a bearer token, or send an API key in X-Api-Key. An expired token needs a refresh.");
            return;
        }

        if (authorizeResult.AuthorizationFailure?.FailureReasons.OfType<CodedAuthorizationFailure>().FirstOrDefault() is { } refusal)
        {
            await WriteAsync(context, StatusCodes.Status403Forbidden, "Not allowed.", refusal.Code, refusal.Message);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            var needed = policy.Requirements.OfType<ClaimsAuthorizationRequirement>()
                .Where(r => r.ClaimType == HuiyinClaims.Permission)
                .SelectMany(r => r.AllowedValues ?? [])
                .ToArray();
            await WriteAsync(context, StatusCodes.Status403Forbidden, "Not allowed.", "missing_permission",
                $"This needs the permission {string.Join(" or ", needed)}, which your account or key does not have.",
                new Dictionary<string, object?> { ["permission"] = string.Join(" / ", needed) });
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private async Task WriteAsync(
        HttpContext context, int status, string title, string code, string detail, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = wording.Title(status, title),
                Detail = wording.Of(code, detail, arguments),
                Extensions = { ["code"] = code },
            },
        });
    }
}
