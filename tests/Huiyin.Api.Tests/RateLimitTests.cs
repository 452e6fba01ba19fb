using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests;

/// <summary>A host of its own with a tight sign-in limit, so the shared host's tests are not throttled.</summary>
public sealed class StrictSignInApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["RateLimiting:SignInPermitsPerMinute"] = "3" };
}

public sealed class RateLimitTests(StrictSignInApp app) : IClassFixture<StrictSignInApp>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_a_429_problem_with_retry_after_in_zh_CN_by_default()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "guess", password = $"guess-{attempt}" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses.Take(3));
        var problem = await last.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("too_many_requests", problem.GetProperty("code").GetString());
        Assert.Equal("请求过于频繁", problem.GetProperty("title").GetString());
        Assert.True(last.Headers.RetryAfter is not null);
    }
}

/// <summary>A host of its own with a tight limit on renewals and the usual one on sign-ins.</summary>
public sealed class StrictRefreshApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["RateLimiting:RefreshPermitsPerMinute"] = "3" };
}

public sealed class RefreshRateLimitTests(StrictRefreshApp app) : IClassFixture<StrictRefreshApp>
{
    [Fact]
    public async Task Renewals_have_a_limit_of_their_own_that_leaves_signing_in_alone()
    {
        await app.ProvisionAsync("reloader", StaffRole.Agent);
        var client = app.CreateClient();
        var refreshToken = await TokenAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "reloader", password = HuiyinApp.Password }));

        var statuses = new List<HttpStatusCode>();
        for (var renewal = 0; renewal < 4; renewal++)
        {
            var renewed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
            statuses.Add(renewed.StatusCode);
            if (renewed.IsSuccessStatusCode)
            {
                refreshToken = await TokenAsync(renewed);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "reloader", password = HuiyinApp.Password })).StatusCode);
    }

    private static async Task<string> TokenAsync(HttpResponseMessage response) =>
        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("refreshToken").GetString()!;
}
