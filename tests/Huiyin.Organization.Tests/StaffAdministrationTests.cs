using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Organization.Tests;

[Collection(ApiCollection.Name)]
public sealed class StaffAdministrationTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task An_admin_creates_a_staff_member_who_can_then_sign_in_and_is_found_in_the_list()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var created = await (await admin.PostAsJsonAsync("/api/v1/staff", NewStaff("zhao.lei", roles: ["Technician"], skills: ["lift", "electrical"])))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var found = await (await admin.GetAsync("/api/v1/staff?search=zhao")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var signIn = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = "zhao.lei", password = "Strong-pass-8" });

        Assert.Equal("赵磊", created.GetProperty("displayName").GetString());
        Assert.True(created.GetProperty("active").GetBoolean());
        Assert.Equal(["lift", "electrical"], created.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(created.GetProperty("id").GetGuid(), found.GetProperty("items")[0].GetProperty("id").GetGuid());
        await signIn.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Service_numbers_are_assigned_in_order_unless_given_and_must_be_unique()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var first = await (await admin.PostAsJsonAsync("/api/v1/staff", NewStaff("first.one"))).ShouldBeJsonAsync(HttpStatusCode.Created);
        var second = await (await admin.PostAsJsonAsync("/api/v1/staff", NewStaff("second.one"))).ShouldBeJsonAsync(HttpStatusCode.Created);
        var chosen = await (await admin.PostAsJsonAsync("/api/v1/staff", NewStaff("third.one", serviceNumber: "300"))).ShouldBeJsonAsync(HttpStatusCode.Created);
        var clash = await admin.PostAsJsonAsync("/api/v1/staff", NewStaff("fourth.one", serviceNumber: "300"));

        var firstNumber = int.Parse(first.GetProperty("serviceNumber").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((firstNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), second.GetProperty("serviceNumber").GetString());
        Assert.Equal("300", chosen.GetProperty("serviceNumber").GetString());
        var problem = await clash.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("serviceNumber", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_taken_username_is_a_409_whatever_its_case()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        await (await admin.PostAsJsonAsync("/api/v1/staff", NewStaff("sun.li"))).ShouldBeJsonAsync(HttpStatusCode.Created);

        var again = await admin.PostAsJsonAsync("/api/v1/staff", NewStaff("Sun.Li"));

        var problem = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("username_taken", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Invalid_fields_are_each_named_and_nothing_is_saved()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username = "x",
            displayName = "",
            password = "password",
            roles = new[] { "Janitor" },
            skills = new[] { "juggling" },
            serviceNumber = "A1",
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToHashSet();
        Assert.Equal(new HashSet<string> { "username", "displayName", "password", "roles[0]", "skills[0]", "serviceNumber" }, fields);
        var list = await (await admin.GetAsync("/api/v1/staff")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["test-admin"], list.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("username").GetString()));
    }

    [Fact]
    public async Task The_list_filters_by_role_team_and_status_and_pages_with_a_cursor()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var team = await (await admin.PostAsJsonAsync("/api/v1/teams", new { name = "工程部" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var teamId = team.GetProperty("id").GetGuid();
        foreach (var name in new[] { "tech.a", "tech.b", "tech.c" })
        {
            await (await admin.PostAsJsonAsync("/api/v1/staff", NewStaff(name, roles: ["Technician"], teamId: teamId))).ShouldBeJsonAsync(HttpStatusCode.Created);
        }

        var inactive = await (await admin.PostAsJsonAsync("/api/v1/staff", NewStaff("tech.d", roles: ["Technician"]))).ShouldBeJsonAsync(HttpStatusCode.Created);
        await admin.PostAsync($"/api/v1/staff/{inactive.GetProperty("id").GetGuid()}/deactivate", null);

        var page1 = await (await admin.GetAsync($"/api/v1/staff?role=technician&teamId={teamId}&limit=2")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var cursor = page1.GetProperty("nextCursor").GetString();
        var page2 = await (await admin.GetAsync($"/api/v1/staff?role=Technician&teamId={teamId}&limit=2&cursor={cursor}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var activeTechnicians = await (await admin.GetAsync("/api/v1/staff?role=Technician&active=true")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["tech.a", "tech.b"], Usernames(page1));
        Assert.Equal(["tech.c"], Usernames(page2));
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("nextCursor").ValueKind);
        Assert.Equal(["tech.a", "tech.b", "tech.c"], Usernames(activeTechnicians));
    }

    [Theory]
    [InlineData("role=Janitor", "role")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=500", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("active=maybe", "active")]
    public async Task Bad_list_parameters_are_a_400_naming_the_parameter(string query, string field)
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.GetAsync($"/api/v1/staff?{query}");

        await response.ShouldBeValidationProblemForAsync(field);
    }

    [Fact]
    public async Task Deactivating_twice_is_an_illegal_transition_and_nobody_deactivates_themselves()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var me = await (await admin.GetAsync("/api/v1/auth/me")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var staff = await (await admin.PostAsJsonAsync("/api/v1/staff", NewStaff("leaving.soon"))).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = staff.GetProperty("id").GetGuid();

        var deactivated = await (await admin.PostAsync($"/api/v1/staff/{id}/deactivate", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var twice = await admin.PostAsync($"/api/v1/staff/{id}/deactivate", null);
        var reactivated = await (await admin.PostAsync($"/api/v1/staff/{id}/activate", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var self = await admin.PostAsync($"/api/v1/staff/{me.GetProperty("id").GetGuid()}/deactivate", null);

        Assert.False(deactivated.GetProperty("active").GetBoolean());
        var illegal = await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Inactive", illegal.GetProperty("currentStatus").GetString());
        Assert.Equal(["activate"], illegal.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.True(reactivated.GetProperty("active").GetBoolean());
        await self.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.PostAsync($"/api/v1/staff/{Guid.NewGuid()}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Updates_need_the_current_etag()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/staff", NewStaff("he.min"))).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var read = await admin.GetAsync($"/api/v1/staff/{id}");
        var etag = read.Headers.ETag!.Tag;
        var changes = new { displayName = "何敏", roles = new[] { "Supervisor" }, serviceNumber = "555", skills = Array.Empty<string>() };

        var withoutEtag = await admin.PutAsJsonAsync($"/api/v1/staff/{id}", changes);
        var updated = await admin.SendAsync(Put($"/api/v1/staff/{id}", changes, etag));
        var stale = await admin.SendAsync(Put($"/api/v1/staff/{id}", changes with { }, etag));

        await withoutEtag.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var body = await updated.ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("何敏", body.GetProperty("displayName").GetString());
        Assert.NotEqual(etag, updated.Headers.ETag!.Tag);
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Of_two_concurrent_updates_with_the_same_etag_one_wins_and_the_other_gets_412()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/staff", NewStaff("race.one"))).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var etag = (await admin.GetAsync($"/api/v1/staff/{id}")).Headers.ETag!.Tag;

        var responses = await Task.WhenAll(
            admin.SendAsync(Put($"/api/v1/staff/{id}", new { displayName = "甲", roles = new[] { "Agent" }, serviceNumber = "701" }, etag)),
            admin.SendAsync(Put($"/api/v1/staff/{id}", new { displayName = "乙", roles = new[] { "Agent" }, serviceNumber = "702" }, etag)));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], responses.Select(r => r.StatusCode).Order());
        var winner = await responses.Single(r => r.IsSuccessStatusCode).Content.ReadFromJsonAsync<JsonElement>();
        var stored = await (await admin.GetAsync($"/api/v1/staff/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(winner.GetProperty("displayName").GetString(), stored.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task A_staff_member_in_an_unknown_team_is_a_400_on_team_id()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/staff", NewStaff("lost.soul", teamId: Guid.NewGuid()));

        await response.ShouldBeValidationProblemForAsync("teamId");
    }

    [Fact]
    public async Task Teams_are_created_once_by_name_and_listed()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await (await admin.PostAsJsonAsync("/api/v1/teams", new { name = "客服中心", description = "400热线" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var duplicate = await admin.PostAsJsonAsync("/api/v1/teams", new { name = "客服中心" });
        var list = await (await admin.GetAsync("/api/v1/teams")).ShouldBeJsonAsync(HttpStatusCode.OK);

        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(["客服中心"], list.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    private static object NewStaff(string username, string[]? roles = null, string[]? skills = null, Guid? teamId = null, string? serviceNumber = null) =>
        new { username, displayName = "赵磊", password = "Strong-pass-8", roles = roles ?? ["Agent"], skills, teamId, serviceNumber };

    private static HttpRequestMessage Put(string uri, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        return request;
    }

    private static IEnumerable<string?> Usernames(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("username").GetString());
}
