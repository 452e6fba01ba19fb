using System.Net;
using Huiyin.Organization.Contracts;

namespace Huiyin.Api.Tests;

/// <summary>The SPA host on Kestrel, so that its answers show what Kestrel itself adds.</summary>
public sealed class SpaOnKestrelApp : SpaApp
{
    public SpaOnKestrelApp() => UseKestrel(0);
}

public sealed class SecurityHeadersTests(SpaOnKestrelApp app) : IClassFixture<SpaOnKestrelApp>
{
    /// <summary>The operators' tools (/swagger, /hangfire) get the policy with data: images; every answer keeps scripts to the host's files.</summary>
    [Theory]
    [InlineData("/", HttpStatusCode.OK, "'self'")]
    [InlineData("/tickets", HttpStatusCode.OK, "'self'")]
    [InlineData("/assets/app.js", HttpStatusCode.OK, "'self'")]
    [InlineData("/health/ready", HttpStatusCode.OK, "'self'")]
    [InlineData("/api/v1/staff", HttpStatusCode.Unauthorized, "'self'")]
    [InlineData("/api/v1/no-such-thing", HttpStatusCode.NotFound, "'self'")]
    [InlineData("/swagger/index.html", HttpStatusCode.OK, "'self' data:")]
    [InlineData("/hangfire", HttpStatusCode.Unauthorized, "'self' data:")]
    public async Task Every_answer_carries_the_hardening_headers_and_no_server_header(string path, HttpStatusCode status, string imageSources)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertHardened(response);
        Assert.Equal("'self'", Policy(response)["script-src"]);
        Assert.Equal(imageSources, Policy(response)["img-src"]);
    }

    [Fact]
    public async Task A_signed_in_api_answer_carries_them_too()
    {
        var admin = await app.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.GetAsync("/api/v1/staff");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHardened(response);
    }

    [Fact]
    public async Task The_spa_may_run_only_its_own_scripts_and_talk_only_to_its_host()
    {
        var policy = Policy(await app.CreateClient().GetAsync("/"));

        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.Equal("'self'", policy["img-src"]);
        Assert.Equal("'self' 'unsafe-inline'", policy["style-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'self'", policy["base-uri"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
    }

    private static void AssertHardened(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("'none'", Policy(response)["frame-ancestors"]);
        Assert.False(response.Headers.Contains("Server"));
    }

    private static string Header(HttpResponseMessage response, string name) => string.Join(", ", response.Headers.GetValues(name));

    private static Dictionary<string, string> Policy(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);
}
