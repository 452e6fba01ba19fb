using System.Net;
using System.Net.Http.Json;
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
