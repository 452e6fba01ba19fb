using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Organization.Tests.Sessions;

/// <summary>A person sees where they are signed in and ends what they do not recognise; an Admin's change ends them too.</summary>
[Collection(ApiCollection.Name)]
public sealed class MySessionsTests(HuiyinApp app) : HuiyinTest(app)
{
    private const string Chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private const string Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    [Fact]
    public async Task The_list_shows_each_session_with_its_device_start_and_last_use_and_marks_the_current_one()
    {
        var office = await SignInAsync(Chrome);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var laptop = await SignInAsync(Firefox);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await RefreshAsync(office);

        var sessions = await ListAsync(laptop);

        Assert.Equal(["Chrome on Windows", "Firefox on Linux"], sessions.Select(s => s.GetProperty("device").GetString()));
        Assert.Equal([false, true], sessions.Select(s => s.GetProperty("current").GetBoolean()));
        var renewed = sessions[0];
        var inUse = renewed.GetProperty("lastUsedAt").GetDateTimeOffset() - renewed.GetProperty("createdAt").GetDateTimeOffset();
        Assert.InRange(inUse, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(11));
    }

    [Fact]
    public async Task Ending_one_session_refuses_its_refresh_and_leaves_the_others()
    {
        var lost = await SignInAsync(Chrome);
        var kept = await SignInAsync(Firefox);
        var lostId = (await ListAsync(kept)).Single(s => !s.GetProperty("current").GetBoolean()).GetProperty("id").GetGuid();

        var ended = await kept.Client.DeleteAsync($"/api/v1/me/sessions/{lostId}");
        var again = await kept.Client.DeleteAsync($"/api/v1/me/sessions/{lostId}");

        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        await again.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await RefreshFailsAsync(lost);
        Assert.Single(await ListAsync(kept));
        await RefreshAsync(kept);
    }

    [Fact]
    public async Task Someone_else_cannot_end_my_session()
    {
        var mine = await SignInAsync(Chrome);
        var myId = (await ListAsync(mine)).Single().GetProperty("id").GetGuid();
        var other = await App.SignedInAsAsync(StaffRole.Agent);

        var response = await other.DeleteAsync($"/api/v1/me/sessions/{myId}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await RefreshAsync(mine);
    }

    [Fact]
    public async Task Ending_all_others_keeps_only_the_one_asking_and_including_it_ends_that_too()
    {
        var first = await SignInAsync(Chrome);
        var second = await SignInAsync(Firefox);
        var asking = await SignInAsync(Chrome);

        Assert.Equal(HttpStatusCode.NoContent, (await asking.Client.DeleteAsync("/api/v1/me/sessions")).StatusCode);

        await RefreshFailsAsync(first);
        await RefreshFailsAsync(second);
        Assert.True(Assert.Single(await ListAsync(asking)).GetProperty("current").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await asking.Client.DeleteAsync("/api/v1/me/sessions?includeCurrent=true")).StatusCode);
        await RefreshFailsAsync(asking);
    }

    [Fact]
    public async Task Changing_a_persons_roles_ends_their_sessions_and_changing_only_their_name_does_not()
    {
        var id = await App.ProvisionAsync("session.user", StaffRole.Agent);
        var renamed = await SignInAsync(Chrome);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await UpdateAsync(admin, id, ["Agent"], "改名");
        await RefreshAsync(renamed);
        var promoted = await SignInAsync(Chrome);
        await UpdateAsync(admin, id, ["Agent", "Supervisor"], "改名");

        await RefreshFailsAsync(promoted);
    }

    [Fact]
    public async Task Deactivating_a_person_ends_every_session_of_theirs()
    {
        var id = await App.ProvisionAsync("session.user", StaffRole.Agent);
        var sessions = new[] { await SignInAsync(Chrome), await SignInAsync(Firefox) };
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await (await admin.PostAsync($"/api/v1/staff/{id}/deactivate", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        foreach (var session in sessions)
        {
            await RefreshFailsAsync(session);
        }

        await using var connection = await App.OpenConnectionAsync();
        await using var live = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM organization.refresh_tokens WHERE staff_member_id = @id AND revoked_at IS NULL", connection);
        live.Parameters.AddWithValue("id", id);
        Assert.Equal(0L, await live.ExecuteScalarAsync());
    }

    [Fact]
    public async Task An_api_client_has_no_sessions_to_list()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "ERP", scopes = new[] { OrganizationPermissions.StaffRead } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var integrator = App.CreateClient();
        integrator.DefaultRequestHeaders.Add("X-Api-Key", created.GetProperty("key").GetString());

        var response = await integrator.GetAsync("/api/v1/me/sessions");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private sealed class SignedIn(HttpClient client, string refreshToken)
    {
        public HttpClient Client { get; } = client;

        public string RefreshToken { get; set; } = refreshToken;
    }

    private async Task<SignedIn> SignInAsync(string userAgent)
    {
        await App.ProvisionAsync("session.user", StaffRole.Agent);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var session = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "session.user", password = HuiyinApp.Password }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("accessToken").GetString());
        return new SignedIn(client, session.GetProperty("refreshToken").GetString()!);
    }

    private static async Task RefreshAsync(SignedIn session)
    {
        var refreshed = await (await session.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        session.RefreshToken = refreshed.GetProperty("refreshToken").GetString()!;
    }

    private static async Task RefreshFailsAsync(SignedIn session) =>
        await (await session.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

    private static async Task<List<JsonElement>> ListAsync(SignedIn session) =>
        (await (await session.Client.GetAsync("/api/v1/me/sessions")).ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

    private static async Task UpdateAsync(HttpClient admin, Guid id, string[] roles, string displayName)
    {
        var etag = (await admin.GetAsync($"/api/v1/staff/{id}")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/staff/{id}")
        {
            Content = JsonContent.Create(new { displayName, roles, serviceNumber = "801" }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        await (await admin.SendAsync(request)).ShouldBeJsonAsync(HttpStatusCode.OK);
    }
}
