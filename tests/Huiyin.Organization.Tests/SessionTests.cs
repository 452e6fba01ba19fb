using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Organization.Tests;

[Collection(ApiCollection.Name)]
public sealed class SessionTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_refresh_token_gives_a_new_session_and_stops_working()
    {
        var client = App.CreateClient();
        var first = await SignInAsync(client);

        var refreshed = await (await Refresh(client, first)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await Refresh(client, first);

        Assert.NotEqual(RefreshTokenOf(first), RefreshTokenOf(refreshed));
        await again.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Reusing_a_consumed_refresh_token_revokes_the_whole_session()
    {
        var client = App.CreateClient();
        var stolen = await SignInAsync(client);
        var legitimate = await (await Refresh(client, stolen)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var reuse = await Refresh(client, stolen);
        var legitimateAfterReuse = await Refresh(client, legitimate);

        var problem = await reuse.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("already used", problem.GetProperty("detail").GetString());
        await legitimateAfterReuse.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_refresh_token_expires_after_its_lifetime()
    {
        var client = App.CreateClient();
        var session = await SignInAsync(client);

        App.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        await (await Refresh(client, session)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = App.CreateClient();
        var session = await SignInAsync(client);

        var signOut = await client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = RefreshTokenOf(session) });

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        await (await Refresh(client, session)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_access_token_is_a_401_problem()
    {
        var client = App.CreateClient();
        var session = await SignInAsync(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("accessToken").GetString());
        await (await client.GetAsync("/api/v1/auth/me")).ShouldBeJsonAsync(HttpStatusCode.OK);

        App.Clock.Advance(TimeSpan.FromMinutes(16));

        var expired = await client.GetAsync("/api/v1/auth/me");
        await expired.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", expired.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_request_without_credentials_or_with_a_forged_token_is_a_401_problem()
    {
        var client = App.CreateClient();
        await (await client.GetAsync("/api/v1/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        await (await client.GetAsync("/api/v1/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_role_without_the_permission_gets_a_403_problem_naming_it()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);

        var response = await technician.GetAsync("/api/v1/staff");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains(OrganizationPermissions.StaffRead, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_deactivated_staff_member_can_neither_sign_in_nor_refresh()
    {
        var id = await App.ProvisionAsync("liu.qiang", StaffRole.Technician);
        var client = App.CreateClient();
        var session = await SignInAsync(client, "liu.qiang");
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await (await admin.PostAsync($"/api/v1/staff/{id}/deactivate", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        await (await Refresh(client, session)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var signIn = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "liu.qiang", password = HuiyinApp.Password });
        await signIn.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private async Task<JsonElement> SignInAsync(HttpClient client, string username = "session.user")
    {
        await App.ProvisionAsync(username, StaffRole.Agent);
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password = HuiyinApp.Password });
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> Refresh(HttpClient client, JsonElement session) =>
        client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = RefreshTokenOf(session) });

    private static string RefreshTokenOf(JsonElement session) => session.GetProperty("refreshToken").GetString()!;
}
