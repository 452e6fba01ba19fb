using System.Security.Claims;
using System.Text.Encodings.Web;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huiyin.Organization.Auth;

/// <summary>Authenticates integrators by the <c>X-Api-Key</c> header; the client's scopes become its permissions.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, OrganizationDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(key))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = SecretTokens.Hash(key.Trim());
        var client = await db.ApiClients.AsNoTracking()
            .Where(c => c.KeyHash == hash && c.RevokedAt == null)
            .Select(c => new { c.Id, c.Name, c.Scopes })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (client is null)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var claims = new List<Claim>
        {
            new(HuiyinClaims.Subject, client.Id.Value.ToString()),
            new(HuiyinClaims.Name, client.Name),
            new(HuiyinClaims.ActorKind, HuiyinClaims.ApiClientActor),
        };
        claims.AddRange(client.Scopes.Select(scope => new Claim(HuiyinClaims.Permission, scope)));
        var identity = new ClaimsIdentity(claims, SchemeName, HuiyinClaims.Name, HuiyinClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
