using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using static Huiyin.Facilities.Tests.InspectionApi;

namespace Huiyin.Facilities.Tests;

/// <summary>A checklist changed with its ETag: rounds already made keep their items, the next day's take the new ones.</summary>
[Collection(FacilitiesCollection.Name)]
public sealed class ChecklistEditTests(FacilitiesApp app) : HuiyinTest(app)
{
    private const string Checklists = "/api/v1/facilities/checklists";

    private FacilitiesApp Facilities => (FacilitiesApp)App;

    [Fact]
    public async Task A_changed_checklist_reaches_the_next_rounds_and_leaves_todays_as_they_were()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App);
        await FacilitiesApi.CreatedAsync(manager, "areas", new { siteId = building.Text("siteId"), kind = "PlantRoom", name = "水泵房" });
        var id = (await FacilitiesApi.CreatedAsync(manager, "checklists", new
        {
            name = "水泵房巡检", target = "PublicAreas", items = new[] { new { text = "泵体无渗漏", kind = "PassFail", category = "Plumbing" } },
        })).Id();
        var today = (await TodaysRoundsAsync(Facilities, manager)).Single(r => r.Text("checklist") == "水泵房巡检");
        var read = await manager.GetAsync($"{Checklists}/{id}");

        var changed = await manager.PutAsync($"{Checklists}/{id}", read.Headers.ETag!.Tag, new
        {
            name = "水泵房巡检", target = "PublicAreas",
            items = new object[]
            {
                new { text = "泵体无渗漏", kind = "PassFail", category = "Plumbing", photoRequired = true },
                new { text = "出水压力", kind = "Reading", category = "Plumbing", min = 0.2m, max = 0.6m, unit = "MPa" },
            },
        });
        App.Clock.Advance(TimeSpan.FromDays(1));
        manager = await App.SignedInAsAsync(StaffRole.Manager); // yesterday's access token has expired
        var tomorrow = (await TodaysRoundsAsync(Facilities, manager)).Single(r => r.Text("checklist") == "水泵房巡检");

        var body = await changed.ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(read.Headers.ETag, changed.Headers.ETag);
        Assert.Equal(["泵体无渗漏", "出水压力"], body.Items("items").Select(i => i.Text("text")));
        Assert.Equal(["泵体无渗漏"], (await RoundAsync(manager, today.Id())).Items("items").Select(i => i.Text("text")));
        Assert.Equal(["泵体无渗漏", "出水压力"], (await RoundAsync(manager, tomorrow.Id())).Items("items").Select(i => i.Text("text")));
    }

    [Fact]
    public async Task A_change_needs_the_current_etag_a_valid_body_a_free_name_and_the_write_permission()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var id = (await FacilitiesApi.CreatedAsync(manager, "checklists", new
        {
            name = "电梯机房巡检", items = new[] { new { text = "机房温度", kind = "Reading", category = "Lift", max = 40m, unit = "℃" } },
        })).Id();
        var etag = (await manager.GetAsync($"{Checklists}/{id}")).Headers.ETag!.Tag;
        object Body(string name, string text) => new { name, items = new[] { new { text, kind = "PassFail", category = "Lift" } } };
        var current = await manager.GetAsync($"{Checklists}/{id}");

        await (await manager.PutAsync($"{Checklists}/{id}", null, Body("电梯机房巡检", "照明"))).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await manager.PutAsync($"{Checklists}/{id}", etag, Body("电梯机房巡检", ""))).ShouldBeValidationProblemForAsync("items[0].text");
        await (await manager.PutAsync($"{Checklists}/{id}", etag, Body("公共区域日巡", "照明"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.SignedInAsAsync(StaffRole.Technician)).PutAsync($"{Checklists}/{id}", etag, Body("电梯机房巡检", "照明"))).StatusCode);
        await (await manager.PutAsync($"{Checklists}/{id}", etag, Body("电梯机房巡检", "照明"))).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await manager.PutAsync($"{Checklists}/{id}", etag, Body("电梯机房巡检", "通风"))).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await manager.PutAsync($"{Checklists}/{Guid.NewGuid()}", etag, Body("电梯机房巡检", "通风"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var after = await (await manager.GetAsync($"{Checklists}/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["照明"], after.Items("items").Select(i => i.Text("text")));
        Assert.Equal(etag, current.Headers.ETag!.Tag);
    }
}
