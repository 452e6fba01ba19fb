using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests;

/// <summary>
/// <c>PATCH</c> with <c>application/merge-patch+json</c> on staff, SLA policies and calendars: the named fields change,
/// the rest stay, the ETag guards it as it guards a PUT. (Customers' round trips are in the Customers tests.)
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MergePatchTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_staff_members_name_is_patched_and_their_roles_and_number_stay()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var id = await App.ProvisionAsync("patch.me", StaffRole.Technician, StaffRole.Agent);
        var url = $"/api/v1/staff/{id}";
        var before = await admin.GetAsync(url);
        var read = await before.ShouldBeJsonAsync(HttpStatusCode.OK);

        var patched = await (await admin.MergePatchAsync(url, before.Headers.ETag!.Tag, """{"displayName":"王师傅"}""")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("王师傅", patched.GetProperty("displayName").GetString());
        Assert.Equal(read.GetProperty("roles").ToString(), patched.GetProperty("roles").ToString());
        Assert.Equal(read.GetProperty("serviceNumber").GetString(), patched.GetProperty("serviceNumber").GetString());
        await (await admin.MergePatchAsync(url, before.Headers.ETag!.Tag, """{"displayName":"李师傅"}""")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await admin.MergePatchAsync(url, (await admin.GetAsync(url)).Headers.ETag!.Tag, """{"roles":[]}""")).ShouldBeValidationProblemForAsync("roles");
    }

    [Fact]
    public async Task A_policys_resolution_window_is_patched_and_its_match_stays()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var created = await (await manager.PostAsJsonAsync("/api/v1/sla/policies", new
        {
            name = "投诉重大", order = 5, match = new { workType = "Complaint", severity = "Major" }, firstContact = "PT1H", resolution = "PT24H",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var url = $"/api/v1/sla/policies/{created.GetProperty("id").GetGuid()}";
        var etag = (await manager.GetAsync(url)).Headers.ETag!.Tag;

        var patched = await (await manager.MergePatchAsync(url, etag, """{"resolution":"PT12H"}""")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var refused = await manager.MergePatchAsync(url, (await manager.GetAsync(url)).Headers.ETag!.Tag, """{"firstContact":"three hours"}""");

        Assert.Equal("PT12H", patched.GetProperty("resolution").GetString());
        Assert.Equal("PT1H", patched.GetProperty("firstContact").GetString());
        Assert.Equal("Major", patched.GetProperty("match").GetProperty("severity").GetString());
        await refused.ShouldBeValidationProblemForAsync("firstContact");
    }

    [Fact]
    public async Task A_calendars_holidays_are_patched_and_its_hours_stay()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var created = await (await manager.PostAsJsonAsync("/api/v1/sla/calendars", new
        {
            name = "物业办公时间", weeklyHours = new[] { new { day = "Monday", from = "08:30", to = "17:30" } },
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var url = $"/api/v1/sla/calendars/{created.GetProperty("id").GetGuid()}";
        var etag = (await manager.GetAsync(url)).Headers.ETag!.Tag;

        var patched = await (await manager.MergePatchAsync(url, etag, """{"holidays":["2027-01-01"]}""")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["2027-01-01"], patched.GetProperty("holidays").EnumerateArray().Select(day => day.GetString()));
        Assert.Equal(created.GetProperty("weeklyHours").ToString(), patched.GetProperty("weeklyHours").ToString());
        Assert.Equal("物业办公时间", patched.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Only_those_who_may_put_may_patch()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var id = await App.ProvisionAsync("not.mine", StaffRole.Technician);

        var response = await agent.MergePatchAsync($"/api/v1/staff/{id}", "\"1\"", """{"displayName":"x"}""");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
