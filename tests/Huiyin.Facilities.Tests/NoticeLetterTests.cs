using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using static Huiyin.Facilities.Tests.NoticeApi;

namespace Huiyin.Facilities.Tests;

[Collection(FacilitiesCollection.Name)]
public sealed class NoticeLetterTests(FacilitiesApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_notice_sent_by_letter_has_a_letter_per_unit_addressed_to_its_owners_then_occupants()
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App);
        var held = await FacilitiesApi.UnitAsync(App, building, "1501");
        var vacant = await FacilitiesApi.UnitAsync(App, building, "1502");
        var owner = await FacilitiesApi.CustomerAsync(App, "王建国");
        var tenant = await FacilitiesApi.CustomerAsync(App, "李秀英");
        var formerOwner = await FacilitiesApi.CustomerAsync(App, "赵前");
        await (await FacilitiesApi.MoveInAsync(manager, held, tenant, "Occupant")).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await FacilitiesApi.MoveInAsync(manager, held, owner)).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await FacilitiesApi.MoveInAsync(manager, held, formerOwner)).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await FacilitiesApi.MoveOutAsync(manager, held, formerOwner)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var notice = await SentAsync(supervisor, new
        {
            kind = "Rectification", title = "违规搭建整改通知", body = "请于7日内拆除阳台违规搭建。", unitIds = new[] { vacant.Id(), held.Id() }, channels = new[] { "Posting", "Letter" },
        });
        await (await supervisor.PostAsync($"{Notices}/{notice.Id()}/deliveries/{held.Id()}/acknowledge", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var letters = await (await supervisor.GetAsync($"{Notices}/{notice.Id()}/letters")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal((notice.Text("number"), "Rectification", "违规搭建整改通知", "请于7日内拆除阳台违规搭建。"),
            (letters.Text("number"), letters.Text("kind"), letters.Text("title"), letters.Text("body")));
        Assert.Equal(notice.GetProperty("sentAt").GetDateTimeOffset(), letters.GetProperty("sentAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        var items = letters.Items("items");
        Assert.Equal(["翠苑 3栋 2单元 1501", "翠苑 3栋 2单元 1502"], items.Select(l => l.Text("unit")));
        Assert.All(items, l => Assert.Equal(("翠苑", "3栋"), (l.Text("site"), l.Text("building"))));
        Assert.Equal(["王建国", "李秀英"], items[0].GetProperty("addressees").EnumerateArray().Select(a => a.GetString()));
        Assert.Empty(items[1].GetProperty("addressees").EnumerateArray());
        Assert.Equal([true, false], items.Select(l => l.GetProperty("acknowledgedAt").ValueKind == System.Text.Json.JsonValueKind.String));
    }

    [Fact]
    public async Task Letters_come_a_page_at_a_time_in_the_order_of_the_units()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var building = await FacilitiesApi.BuildingAsync(App);
        foreach (var number in new[] { "1503", "1501", "1502" })
        {
            await FacilitiesApi.UnitAsync(App, building, number);
        }

        var notice = await SentAsync(await App.SignedInAsAsync(StaffRole.Supervisor),
            new { kind = "FeeNotice", title = "2027年物业费交费通知", body = "请按时交纳。", buildingIds = new[] { building.Id() }, channels = new[] { "Letter" } });

        var first = await (await agent.GetAsync($"{Notices}/{notice.Id()}/letters?limit=2")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var second = await (await agent.GetAsync($"{Notices}/{notice.Id()}/letters?limit=2&cursor={Uri.EscapeDataString(first.Text("nextCursor"))}"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["翠苑 3栋 2单元 1501", "翠苑 3栋 2单元 1502"], first.Items("items").Select(l => l.Text("unit")));
        Assert.Equal(["翠苑 3栋 2单元 1503"], second.Items("items").Select(l => l.Text("unit")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task A_notice_not_sent_by_letter_has_no_letters_and_an_unknown_notice_is_not_found()
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var building = await FacilitiesApi.BuildingAsync(App);
        await FacilitiesApi.UnitAsync(App, building);
        var posted = await SentAsync(supervisor, new { kind = "Announcement", title = "消防演练公示", body = "12月20日上午进行消防演练。", buildingIds = new[] { building.Id() }, channels = new[] { "Posting", "Sms" } });

        var conflict = await (await supervisor.GetAsync($"{Notices}/{posted.Id()}/letters")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var unknown = await supervisor.GetAsync($"{Notices}/{Guid.NewGuid()}/letters");
        var badLimit = await supervisor.GetAsync($"{Notices}/{posted.Id()}/letters?limit=500");

        Assert.Equal("notice_not_by_letter", conflict.Text("code"));
        Assert.Contains("not sent by letter", conflict.Text("detail"));
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await badLimit.ShouldBeValidationProblemForAsync("limit");
    }
}
