using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Organization.Tests;

/// <summary>A person reads times in the desk's time zone until they pick one of their own (an IANA name), which their sessions then carry.</summary>
[Collection(ApiCollection.Name)]
public sealed class TimeZoneTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_person_follows_the_desks_time_zone_until_they_pick_one()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var me = await MeAsync(agent);

        Assert.Equal(JsonValueKind.Null, me.GetProperty("timeZone").ValueKind);
        Assert.Equal("Asia/Shanghai", me.GetProperty("deskTimeZone").GetString());
    }

    [Fact]
    public async Task A_person_picks_their_time_zone_and_their_profile_and_next_sign_in_carry_it()
    {
        await App.ProvisionAsync("lin.xue", StaffRole.Agent);
        var agent = await App.SignedInAsAsync("lin.xue");

        var saved = await (await agent.PutAsJsonAsync("/api/v1/me/time-zone", new { timeZone = "Europe/Berlin" })).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(("Europe/Berlin", "Asia/Shanghai"), (saved.GetProperty("timeZone").GetString(), saved.GetProperty("deskTimeZone").GetString()));
        Assert.Equal("Europe/Berlin", (await MeAsync(agent)).GetProperty("timeZone").GetString());
        var signIn = await (await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = "lin.xue", password = HuiyinApp.Password }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Europe/Berlin", signIn.GetProperty("user").GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Picking_none_follows_the_desk_again()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        (await agent.PutAsJsonAsync("/api/v1/me/time-zone", new { timeZone = "America/New_York" })).EnsureSuccessStatusCode();

        var saved = await (await agent.PutAsJsonAsync("/api/v1/me/time-zone", new { timeZone = (string?)null })).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(JsonValueKind.Null, saved.GetProperty("timeZone").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await MeAsync(agent)).GetProperty("timeZone").ValueKind);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("China Standard Time")]
    [InlineData("")]
    public async Task An_unknown_or_Windows_style_zone_is_a_400_naming_it_and_the_earlier_choice_stays(string timeZone)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        (await agent.PutAsJsonAsync("/api/v1/me/time-zone", new { timeZone = "Europe/Berlin" })).EnsureSuccessStatusCode();

        var messages = await (await agent.PutAsJsonAsync("/api/v1/me/time-zone", new { timeZone })).ShouldBeValidationProblemForAsync("timeZone");

        Assert.Contains(messages, m => m.Contains("IANA", StringComparison.Ordinal));
        Assert.Equal("Europe/Berlin", (await MeAsync(agent)).GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task A_body_without_the_field_is_a_400_not_a_return_to_the_desks_zone()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        (await agent.PutAsJsonAsync("/api/v1/me/time-zone", new { timeZone = "Europe/Berlin" })).EnsureSuccessStatusCode();

        await (await agent.PutAsJsonAsync("/api/v1/me/time-zone", new { zone = "Asia/Tokyo" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Europe/Berlin", (await MeAsync(agent)).GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task An_api_client_has_no_time_zone_to_pick()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "ERP", scopes = new[] { OrganizationPermissions.StaffRead } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var integrator = App.CreateClient();
        integrator.DefaultRequestHeaders.Add("X-Api-Key", created.GetProperty("key").GetString());

        var response = await integrator.PutAsJsonAsync("/api/v1/me/time-zone", new { timeZone = "Europe/Berlin" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<JsonElement> MeAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/auth/me")).ShouldBeJsonAsync(HttpStatusCode.OK);
}
