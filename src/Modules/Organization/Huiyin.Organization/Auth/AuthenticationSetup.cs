using Huiyin.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Huiyin.Organization.Auth;

/// <summary>
/// Staff send a bearer JWT, integrators an API key; a policy scheme picks the handler by the header present.
/// Token lifetimes are checked against the injected <see cref="TimeProvider"/>, like everything else.
/// </summary>
internal static class AuthenticationSetup
{
    public const string Scheme = "Huiyin";

    public static void AddStaffAndApiKeyAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer token or API key", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header) ? ApiKeyAuthenticationHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKey, IOptions<AuthOptions>, TimeProvider>((jwt, key, auth, clock) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Value.Issuer,
                    ValidAudience = AccessTokens.Audience,
                    IssuerSigningKey = key.Key,
                    NameClaimType = HuiyinClaims.Name,
                    RoleClaimType = HuiyinClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    LifetimeValidator = (notBefore, expires, _, parameters) =>
                    {
                        var now = clock.GetUtcNow().UtcDateTime;
                        return (notBefore is null || notBefore <= now + parameters.ClockSkew)
                               && expires is not null && expires > now - parameters.ClockSkew;
                    },
                };
            });
    }
}
