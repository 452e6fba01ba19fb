using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Huiyin.Organization.Tests.Sessions;

/// <summary>
/// A browser asks for its refresh token as a cookie no script can read, and proves a refresh by it is its own with a
/// header. The client speaks https, as the browser does, so that its cookie jar sends the Secure cookie back.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BrowserSessionTests(HuiyinApp app) : HuiyinTest(app)
{
    private const string Transport = "X-Session-Transport";
    private const string CookieName = "__Secure-huiyin-refresh";

    [Fact]
    public async Task Signing_in_for_the_cookie_sets_it_httponly_secure_strict_on_the_refresh_route_and_leaves_the_body_without_it()
    {
        var browser = Browser();

        var signIn = await SignInAsync(browser);

        var cookie = SetCookieOf(signIn);
        var attributes = cookie.Split("; ").Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.StartsWith($"{CookieName}=", cookie);
        Assert.Contains("httponly", attributes);
        Assert.Contains("secure", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/api/v1/auth/refresh", attributes);
        Assert.Contains($"max-age={(int)TimeSpan.FromDays(14).TotalSeconds}", attributes);
        var body = await signIn.ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("refreshToken").ValueKind);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task The_cookie_with_the_header_renews_the_session_and_rotates_the_cookie()
    {
        var browser = Browser();
        var first = CookieValueOf(await SignInAsync(browser));

        var refreshed = await browser.SendAsync(CookieRefresh());

        var body = await refreshed.ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("refreshToken").ValueKind);
        Assert.NotEqual(first, CookieValueOf(refreshed));
        var reused = await Plain().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first });
        await reused.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_cookie_without_the_header_is_a_403_naming_the_header_and_the_session_goes_on()
    {
        var browser = Browser();
        await SignInAsync(browser);

        var forged = await browser.PostAsync("/api/v1/auth/refresh", null);

        var problem = await forged.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("session_header_missing", problem.GetProperty("code").GetString());
        Assert.Contains(Transport, problem.GetProperty("detail").GetString());
        await (await browser.SendAsync(CookieRefresh())).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_refresh_with_neither_body_nor_cookie_is_a_400_on_refresh_token()
    {
        var response = await Browser().SendAsync(CookieRefresh());

        await response.ShouldBeValidationProblemForAsync("refreshToken");
    }

    [Fact]
    public async Task Without_the_header_sign_in_sets_no_cookie_and_answers_the_refresh_token_in_the_body()
    {
        await App.ProvisionAsync("api.script", StaffRole.Agent);

        var signIn = await Browser().PostAsJsonAsync("/api/v1/auth/login", new { username = "api.script", password = HuiyinApp.Password });

        var body = await signIn.ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.False(signIn.Headers.Contains("Set-Cookie"));
        var refreshed = await Plain().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = body.GetProperty("refreshToken").GetString() });
        await refreshed.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_out_with_the_access_token_revokes_the_session_and_clears_the_cookie()
    {
        var browser = Browser();
        var signIn = await SignInAsync(browser);
        var refreshToken = CookieValueOf(signIn);
        var accessToken = (await signIn.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("accessToken").GetString();

        var signOut = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout");
        signOut.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var response = await browser.SendAsync(signOut);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("expires=Thu, 01 Jan 1970", SetCookieOf(response));
        await (await browser.SendAsync(CookieRefresh())).ShouldBeValidationProblemForAsync("refreshToken");
        var stolen = await Plain().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
        await stolen.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_out_naming_no_session_is_a_401_and_a_body_without_the_token_a_400()
    {
        var nothing = await Plain().PostAsync("/api/v1/auth/logout", null);
        var emptyBody = await Plain().PostAsJsonAsync("/api/v1/auth/logout", new { });

        var problem = await nothing.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("session_unknown", problem.GetProperty("code").GetString());
        await emptyBody.ShouldBeValidationProblemForAsync("refreshToken");
    }

    private HttpClient Browser() => App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://huiyin.example.com") });

    private HttpClient Plain() => App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    private async Task<HttpResponseMessage> SignInAsync(HttpClient browser)
    {
        await App.ProvisionAsync("browser.user", StaffRole.Agent);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { username = "browser.user", password = HuiyinApp.Password }),
        };
        request.Headers.Add(Transport, "cookie");
        return await browser.SendAsync(request);
    }

    private static HttpRequestMessage CookieRefresh()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/refresh");
        request.Headers.Add(Transport, "cookie");
        return request;
    }

    private static string SetCookieOf(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{CookieName}=", StringComparison.Ordinal));

    private static string CookieValueOf(HttpResponseMessage response) => SetCookieOf(response).Split(';')[0][(CookieName.Length + 1)..];
}
