using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Huiyin.BuildingBlocks.Security;

/// <summary>
/// Turns a permission name used as a policy (<c>RequireAuthorization("staff:manage")</c>) into a policy
/// requiring that permission claim, so modules declare permissions without registering policies.
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        var configured = await base.GetPolicyAsync(policyName);
        if (configured is not null || !policyName.Contains(':', StringComparison.Ordinal))
        {
            return configured;
        }

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireClaim(HuiyinClaims.Permission, policyName)
            .Build();
    }
}
