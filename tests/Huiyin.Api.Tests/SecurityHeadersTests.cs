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
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/tickets", HttpStatusCode.OK)]
    [InlineData("/assets/app.js", HttpStatusCode.OK)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    [InlineData("/api/v1/staff", HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/no-such-thing", HttpStatusCode.NotFound)]
    public async Task Every_answer_carries_the_hardening_headers_and_no_server_header(string path, HttpStatusCode status)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertHardened(response);
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
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'self'", policy["base-uri"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
    }

    [Theory]
    [InlineData("/swagger/index.html", HttpStatusCode.OK)]
    [InlineData("/hangfire", HttpStatusCode.Unauthorized)]
    public async Task The_tools_get_a_policy_of_their_own_with_data_images_and_still_no_inline_script(string path, HttpStatusCode status)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertHardened(response);
        var policy = Policy(response);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self' data:", policy["img-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
    }

    private static void AssertHardened(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("'none'", Policy(response)["frame-ancestors"]);
        Assert.Empty(response.Headers.Server);
        Assert.False(response.Headers.Contains("Server"));
    }

    private static string Header(HttpResponseMessage response, string name) => string.Join(", ", response.Headers.GetValues(name));

    private static Dictionary<string, string> Policy(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);
}
