using System.Net;
using System.Text.RegularExpressions;
using Huiyin.Facilities.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using static Huiyin.Facilities.Tests.NoticeApi;
using static Huiyin.Facilities.Tests.OutageApi;

namespace Huiyin.Facilities.Tests;

[Collection(FacilitiesCollection.Name)]
public sealed partial class NoticeTests(FacilitiesApp app) : HuiyinTest(app)
{
    private FacilitiesApp Facilities => (FacilitiesApp)App;

    [Fact]
    public async Task A_notice_reaches_each_unit_once_and_texts_each_consenting_customer_once_even_when_retried()
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var supervisorId = await App.ProvisionAsync("test-supervisor", StaffRole.Supervisor);
        var building = await FacilitiesApi.BuildingAsync(App);
        var unit1501 = await FacilitiesApi.UnitAsync(App, building, "1501");
        var unit1502 = await FacilitiesApi.UnitAsync(App, building, "1502");
        await ResidentAsync(App, unit1501, "13800000001", smsConsent: true);
        await ResidentAsync(App, unit1501, "13800000002", smsConsent: true, role: "Occupant");
        await ResidentAsync(App, unit1502, "13800000003", smsConsent: false);
        var body = new { kind = "FeeNotice", title = "2027年物业费交费通知", body = "请于1月31日前交纳2027年度物业费。", buildingIds = new[] { building.Id() }, channels = new[] { "Sms", "Letter" } };

        var first = await (await SendAsync(supervisor, body, "fee-2027")).ShouldBeJsonAsync(HttpStatusCode.Created);
        var retried = await (await SendAsync(supervisor, body, "fee-2027")).ShouldBeJsonAsync(HttpStatusCode.Created);
        var notice = await TextedAsync(supervisor, first.Id(), texted: 2);
        await RepeatTextsAsync(Facilities, first.Id());

        Assert.Matches(YearlyNumber(), first.Text("number"));
        Assert.Equal(first.Text("number"), retried.Text("number"));
        Assert.Single((await (await supervisor.GetAsync(Notices)).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items"));
        Assert.Equal((2, 0, 2), (notice.GetProperty("units").GetInt32(), notice.GetProperty("acknowledged").GetInt32(), notice.GetProperty("texted").GetInt32()));
        Assert.Equal(["翠苑 3栋 2单元 1501", "翠苑 3栋 2单元 1502"], (await DeliveriesAsync(supervisor, first.Id())).Select(d => d.Text("unit")));
        var messages = await MessagesAsync(App, first.Id());
        Assert.Equal(2, messages.Length);
        Assert.All(messages, m => Assert.Equal("notice", m.Text("templateKey")));
        Assert.All(messages, m => Assert.Contains("2027年物业费交费通知", m.Text("text")));
        var sent = Assert.Single(await FacilitiesApi.OutboxAsync(App), e => e.Type == nameof(NoticeSent)).Payload;
        Assert.Equal([building.GetProperty("siteId").GetGuid()], sent.GetProperty("siteIds").EnumerateArray().Select(s => s.GetGuid()));
        Assert.Equal(supervisorId, sent.GetProperty("sentById").GetGuid());
        Assert.Equal(["Sms", "Letter"], sent.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_site_notice_reaches_every_unit_of_the_site_and_no_other()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var three = await FacilitiesApi.BuildingAsync(App);
        var siteId = three.GetProperty("siteId").GetGuid();
        var five = await FacilitiesApi.CreatedAsync(manager, "buildings", new { siteId, code = "5", name = "5栋", floors = 18 });
        var elsewhere = await FacilitiesApi.BuildingAsync(App, "桂园");
        await FacilitiesApi.UnitAsync(App, three, "1501");
        await FacilitiesApi.UnitAsync(App, five, "0101");
        await FacilitiesApi.UnitAsync(App, elsewhere, "0101");

        var notice = await SentAsync(manager, new { kind = "Announcement", title = "消防演练公示", body = "12月20日上午进行消防演练。", siteId, channels = new[] { "Posting" } });

        Assert.Equal(2, notice.GetProperty("units").GetInt32());
        Assert.Equal(["翠苑"], notice.GetProperty("scope").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["翠苑 3栋 2单元 1501", "翠苑 5栋 2单元 0101"], (await DeliveriesAsync(manager, notice.Id())).Select(d => d.Text("unit")));
        Assert.Empty(await MessagesAsync(App, notice.Id()));
        var bySite = (await (await manager.GetAsync($"{Notices}?siteId={siteId}&kind=Announcement&q=消防")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");
        Assert.Equal([notice.Id()], bySite.Select(n => n.Id()));
        Assert.Empty((await (await manager.GetAsync($"{Notices}?siteId={elsewhere.GetProperty("siteId").GetGuid()}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items"));
    }

    [Fact]
    public async Task A_floor_notice_reaches_the_units_of_that_floor_only()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App);
        await FacilitiesApi.UnitAsync(App, building, "1501");
        await FacilitiesApi.UnitAsync(App, building, "1502");
        await (await FacilitiesApi.CreateUnitAsync(manager, building, "1601", floor: 16)).ShouldBeJsonAsync(HttpStatusCode.Created);

        var notice = await SentAsync(manager, new
        {
            kind = "Rectification", title = "楼道杂物整改通知", body = "请于三日内清理15层楼道杂物。", floors = new[] { new { buildingId = building.Id(), floor = 15 } },
            channels = new[] { "Letter" },
        });

        Assert.Equal(2, notice.GetProperty("units").GetInt32());
        Assert.Equal(["翠苑 3栋 2单元 1501", "翠苑 3栋 2单元 1502"], (await DeliveriesAsync(manager, notice.Id())).Select(d => d.Text("unit")));
        var twoScopes = await SendAsync(manager, new { kind = "Notice", title = "通知", body = "内容", floors = new[] { new { buildingId = building.Id(), floor = 15 } },
            unitIds = new[] { Guid.NewGuid() }, channels = new[] { "Posting" } });
        await twoScopes.ShouldBeValidationProblemForAsync("siteId");
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("title")]
    [InlineData("channels")]
    [InlineData("siteId")]
    [InlineData("buildingIds")]
    [InlineData("unitIds")]
    public async Task Bad_input_is_a_400_naming_the_field_and_sends_nothing(string field)
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var building = await FacilitiesApi.BuildingAsync(App);
        var siteId = building.GetProperty("siteId").GetGuid();
        object body = field switch
        {
            "kind" => new { kind = "Memo", title = "通知", body = "内容", siteId, channels = new[] { "Posting" } },
            "title" => new { kind = "Notice", title = "", body = "内容", siteId, channels = new[] { "Posting" } },
            "channels" => new { kind = "Notice", title = "通知", body = "内容", siteId, channels = Array.Empty<string>() },
            "siteId" => new { kind = "Notice", title = "通知", body = "内容", siteId, buildingIds = new[] { building.Id() }, channels = new[] { "Posting" } },
            "buildingIds" => new { kind = "Notice", title = "通知", body = "内容", buildingIds = new[] { Guid.NewGuid() }, channels = new[] { "Posting" } },
            _ => new { kind = "Rectification", title = "整改通知", body = "内容", unitIds = new[] { Guid.NewGuid() }, channels = new[] { "Letter" } },
        };

        var messages = await (await SendAsync(supervisor, body)).ShouldBeValidationProblemForAsync(field);

        if (field == "kind")
        {
            Assert.Contains("Announcement, Notice, Rectification, FeeNotice", messages[0]);
        }

        Assert.Empty((await (await supervisor.GetAsync(Notices)).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items"));
    }

    [Fact]
    public async Task Agents_read_notices_and_record_receipts_but_do_not_send_them()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var building = await FacilitiesApi.BuildingAsync(App);
        var unit = await FacilitiesApi.UnitAsync(App, building);

        var refused = await SendAsync(agent, new { kind = "Notice", title = "通知", body = "内容", unitIds = new[] { unit.Id() }, channels = new[] { "Letter" } });

        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await agent.GetAsync(Notices)).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_receipt_is_recorded_once_with_who_and_when_and_a_second_is_a_conflict()
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var agentId = await App.ProvisionAsync("test-agent", StaffRole.Agent);
        var building = await FacilitiesApi.BuildingAsync(App);
        var signed = await FacilitiesApi.UnitAsync(App, building, "1501");
        var other = await FacilitiesApi.UnitAsync(App, building, "1502");
        var outside = await FacilitiesApi.UnitAsync(App, building, "1503");
        var notice = await SentAsync(supervisor, new
        {
            kind = "Rectification", title = "违规搭建整改通知", body = "请于7日内拆除阳台违规搭建。", unitIds = new[] { signed.Id(), other.Id() }, channels = new[] { "Letter" },
        });
        Task<HttpResponseMessage> Acknowledge(Guid unitId) => agent.PostAsync($"{Notices}/{notice.Id()}/deliveries/{unitId}/acknowledge", null);

        var receipt = await (await Acknowledge(signed.Id())).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await (await Acknowledge(signed.Id())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var notReached = await Acknowledge(outside.Id());

        Assert.Equal(agentId, receipt.GetProperty("acknowledgedById").GetGuid());
        Assert.True(receipt.GetProperty("acknowledgedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Equal("delivery_acknowledged", again.Text("code"));
        await notReached.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var read = await (await agent.GetAsync($"{Notices}/{notice.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 2), (read.GetProperty("acknowledged").GetInt32(), read.GetProperty("units").GetInt32()));
        var deliveries = await DeliveriesAsync(agent, notice.Id());
        Assert.Equal([true, false], deliveries.Select(d => d.GetProperty("acknowledgedAt").ValueKind == System.Text.Json.JsonValueKind.String));
    }

    [Fact]
    public async Task Notices_sent_at_the_same_time_get_distinct_numbers_in_sequence()
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var building = await FacilitiesApi.BuildingAsync(App);
        await FacilitiesApi.UnitAsync(App, building);

        var sent = await Task.WhenAll(Enumerable.Range(1, 6).Select(i =>
            SentAsync(supervisor, new { kind = "Notice", title = $"通知{i}", body = "内容", buildingIds = new[] { building.Id() }, channels = new[] { "Posting" } })));

        var sequence = sent.Select(n => int.Parse(n.Text("number")[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(sequence[0], 6), sequence);
    }

    [Fact]
    public async Task An_outage_sends_notices_of_kind_Outage_with_a_delivery_per_affected_unit()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var building = await FacilitiesApi.BuildingAsync(App);
        var unit1501 = await FacilitiesApi.UnitAsync(App, building, "1501");
        var unit1502 = await FacilitiesApi.UnitAsync(App, building, "1502");
        await ResidentAsync(App, unit1501, "13800000001", smsConsent: true);
        var outage = await StartAsync(technician, new { kind = "PowerCut", title = "配电房检修", unitIds = new[] { unit1501.Id(), unit1502.Id() }, startedAt = "2026-12-06T09:00:00+08:00" });
        await (await RestoreAsync(technician, outage.Id())).ShouldBeJsonAsync(HttpStatusCode.OK);

        var notices = (await (await agent.GetAsync($"{Notices}?kind=Outage")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");

        Assert.Equal(2, notices.Length);
        Assert.All(notices, n => Assert.Equal((outage.Id(), "配电房检修", 2), (n.GetProperty("outageId").GetGuid(), n.Text("title"), n.GetProperty("units").GetInt32())));
        Assert.All(notices, n => Assert.Matches(YearlyNumber(), n.Text("number")));
        var start = notices.Last();
        Assert.Equal(2, (await DeliveriesAsync(agent, start.Id())).Length);
        Assert.Equal(1, (await TextedAsync(agent, start.Id(), texted: 1)).GetProperty("texted").GetInt32());
    }

    [GeneratedRegex(@"^HY-\d{4}-\d{4}$")]
    private static partial Regex YearlyNumber();
}
