using System.Net;
using System.Net.Http.Json;
using Huiyin.Facilities.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using static Huiyin.Facilities.Tests.OutageApi;

namespace Huiyin.Facilities.Tests;

[Collection(FacilitiesCollection.Name)]
public sealed class OutageTests(FacilitiesApp app) : HuiyinTest(app)
{
    private FacilitiesApp Facilities => (FacilitiesApp)App;

    [Fact]
    public async Task Each_consenting_affected_customer_is_texted_once_at_the_start_and_once_at_the_restoration()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var building = await FacilitiesApi.BuildingAsync(App);
        var unit1501 = await FacilitiesApi.UnitAsync(App, building, "1501");
        var unit1502 = await FacilitiesApi.UnitAsync(App, building, "1502");
        var upstairs = await (await FacilitiesApi.CreateUnitAsync(await App.SignedInAsAsync(StaffRole.Manager), building, "1601", floor: 16))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var owner = await ResidentAsync(App, unit1501, "13800000001", smsConsent: true);
        var tenant = await ResidentAsync(App, unit1501, "13800000002", smsConsent: true, role: "Occupant");
        await ResidentAsync(App, unit1502, "13800000003", smsConsent: false);
        await ResidentAsync(App, upstairs, "13800000004", smsConsent: true);

        var outage = await StartAsync(technician, new
        {
            kind = "WaterCut", title = "二次供水水箱清洗", floors = new[] { new { buildingId = building.Id(), floor = 15 } },
            startedAt = "2026-12-06T09:00:00+08:00", estimatedRestorationAt = "2026-12-06T17:00:00+08:00",
        });
        var started = await ToldAsync(technician, outage.Id(), atStart: 2, atRestoration: 0);

        Assert.Equal(2, started.GetProperty("outage").GetProperty("affectedUnits").GetInt32());
        Assert.Equal(["翠苑 3栋 15层"], started.GetProperty("outage").GetProperty("scope").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(1, started.GetProperty("notTold").GetInt32());
        Assert.Equal([(owner, "138****0001"), (tenant, "138****0002")],
            started.Items("told").Select(t => (t.GetProperty("customerId").GetGuid(), t.Text("phone"))).OrderBy(t => t.Item2));
        var messages = await MessagesAsync(App, outage.Id());
        Assert.Equal(2, messages.Length);
        Assert.All(messages, m => Assert.Equal("outage-started", m.Text("templateKey")));
        Assert.All(messages, m => Assert.Contains("二次供水水箱清洗", m.Text("text")));
        Assert.All(messages, m => Assert.Contains("12月6日 17:00", m.Text("text")));

        await RepeatAsync(started.GetProperty("outage").GetProperty("startNoticeId").GetGuid());
        Assert.Equal(2, (await MessagesAsync(App, outage.Id())).Length);

        await (await RestoreAsync(technician, outage.Id())).ShouldBeJsonAsync(HttpStatusCode.OK);
        var restored = await ToldAsync(technician, outage.Id(), atStart: 2, atRestoration: 2);
        await RepeatAsync(restored.GetProperty("outage").GetProperty("restorationNoticeId").GetGuid());

        var all = await MessagesAsync(App, outage.Id());
        Assert.Equal(4, all.Length);
        Assert.Equal(2, all.Count(m => m.Text("templateKey") == "outage-restored" && m.Text("text").Contains("12月6日 18:00", StringComparison.Ordinal)));
        Assert.Equal(4, restored.Items("told").Length);
        var events = (await FacilitiesApi.OutboxAsync(App)).Where(e => e.Type is nameof(OutageStarted) or nameof(OutageRestored)).Select(e => e.Payload).ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(2, e.GetProperty("affectedUnitCount").GetInt32()));
        Assert.All(events, e => Assert.Equal(["翠苑 3栋 15层"], e.GetProperty("scope").EnumerateArray().Select(s => s.GetString())));
        Assert.All(events, e => Assert.False(e.TryGetProperty("unitIds", out _)));
    }

    [Fact]
    public async Task Restoring_an_outage_twice_is_a_conflict()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var building = await FacilitiesApi.BuildingAsync(App);
        var outage = await StartAsync(technician, new { kind = "PowerCut", title = "配电房检修", buildingIds = new[] { building.Id() }, startedAt = "2026-12-06T09:00:00+08:00" });

        await (await RestoreAsync(technician, outage.Id())).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await (await RestoreAsync(technician, outage.Id(), "2026-12-06T19:00:00+08:00")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("outage_restored", again.Text("code"));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("unitIds")]
    [InlineData("buildingIds")]
    [InlineData("estimatedRestorationAt")]
    public async Task Bad_input_is_a_400_naming_the_field(string field)
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var building = await FacilitiesApi.BuildingAsync(App);
        object body = field switch
        {
            "title" => new { kind = "Fire", title = "", siteId = building.GetProperty("siteId").GetGuid(), startedAt = "2026-12-06T09:00:00+08:00" },
            "unitIds" => new { kind = "Fire", title = "火警", startedAt = "2026-12-06T09:00:00+08:00" },
            "buildingIds" => new { kind = "Fire", title = "火警", buildingIds = new[] { Guid.NewGuid() }, startedAt = "2026-12-06T09:00:00+08:00" },
            _ => new { kind = "Fire", title = "火警", buildingIds = new[] { building.Id() }, startedAt = "2026-12-06T09:00:00+08:00", estimatedRestorationAt = "2026-12-06T08:00:00+08:00" },
        };

        await (await technician.PostAsJsonAsync(Outages, body)).ShouldBeValidationProblemForAsync(field);
        Assert.Empty((await (await technician.GetAsync(Outages)).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items"));
    }

    [Fact]
    public async Task A_restoration_before_the_start_is_a_400_naming_restoredAt()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var building = await FacilitiesApi.BuildingAsync(App);
        var outage = await StartAsync(technician, new { kind = "GasLeak", title = "燃气泄漏", buildingIds = new[] { building.Id() }, startedAt = "2026-12-06T09:00:00+08:00" });

        await (await RestoreAsync(technician, outage.Id(), "2026-12-06T08:00:00+08:00")).ShouldBeValidationProblemForAsync("restoredAt");
    }

    [Fact]
    public async Task Agents_read_the_notices_in_force_but_do_not_record_outages()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var building = await FacilitiesApi.BuildingAsync(App);
        var unit = await FacilitiesApi.UnitAsync(App, building);
        var lift = await StartAsync(technician, new
        {
            kind = "LiftEntrapment", title = "3栋电梯困人", unitIds = new[] { unit.Id() }, startedAt = "2026-12-06T09:00:00+08:00",
            estimatedRestorationAt = "2026-12-06T10:00:00+08:00",
        });
        var power = await StartAsync(technician, new { kind = "PowerCut", title = "停电", buildingIds = new[] { building.Id() }, startedAt = "2026-12-06T08:00:00+08:00" });
        await (await RestoreAsync(technician, power.Id())).ShouldBeJsonAsync(HttpStatusCode.OK);

        var notices = (await (await agent.GetAsync("/api/v1/facilities/notices/active")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");
        var refused = await agent.PostAsJsonAsync(Outages, new { kind = "Fire", title = "火警", buildingIds = new[] { building.Id() }, startedAt = "2026-12-06T09:00:00+08:00" });

        var notice = Assert.Single(notices);
        Assert.Equal(lift.Id(), notice.GetProperty("outageId").GetGuid());
        Assert.Equal(["翠苑 3栋 2单元 1502"], notice.GetProperty("scope").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(DateTimeOffset.Parse("2026-12-06T10:00:00+08:00"), notice.GetProperty("estimatedRestorationAt").GetDateTimeOffset());
        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var inForce = (await (await agent.GetAsync($"{Outages}?active=true")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");
        Assert.Equal([lift.Id()], inForce.Select(o => o.Id()));
    }

    [Fact]
    public async Task A_notice_names_those_of_the_units_asked_about_that_it_affects()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var building = await FacilitiesApi.BuildingAsync(App);
        var affected = await FacilitiesApi.UnitAsync(App, building, "1501");
        var spared = await FacilitiesApi.UnitAsync(App, building, "1502");
        var outage = await StartAsync(technician, new { kind = "WaterCut", title = "停水", unitIds = new[] { affected.Id() }, startedAt = "2026-12-06T09:00:00+08:00" });
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var asked = (await (await agent.GetAsync($"/api/v1/facilities/notices/active?unitIds={affected.Id()},{spared.Id()}"))
            .ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");
        var unasked = (await (await agent.GetAsync("/api/v1/facilities/notices/active")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");

        var notice = Assert.Single(asked);
        Assert.Equal(outage.Id(), notice.GetProperty("outageId").GetGuid());
        Assert.Equal([affected.Id()], notice.GetProperty("affectedUnitIds").EnumerateArray().Select(id => id.GetGuid()));
        Assert.Empty(Assert.Single(unasked).GetProperty("affectedUnitIds").EnumerateArray());
        await (await agent.GetAsync("/api/v1/facilities/notices/active?unitIds=1502")).ShouldBeValidationProblemForAsync("unitIds");
    }

    [Fact]
    public async Task A_ticket_from_an_affected_unit_during_an_outage_says_so_and_one_from_elsewhere_or_after_does_not()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var building = await FacilitiesApi.BuildingAsync(App);
        var affected = await FacilitiesApi.UnitAsync(App, building, "1501");
        var elsewhere = await FacilitiesApi.UnitAsync(App, building, "1502");
        var caller = await ResidentAsync(App, affected, "13800000001", smsConsent: false);
        var outage = await StartAsync(technician, new { kind = "WaterCut", title = "水管爆裂停水", unitIds = new[] { affected.Id() }, startedAt = DateTimeOffset.UtcNow.AddMinutes(-5) });

        var during = await TicketAsync(agent, caller, affected.Id());
        var fromElsewhere = await TicketAsync(agent, caller, elsewhere.Id());
        await (await RestoreAsync(technician, outage.Id(), DateTimeOffset.UtcNow.ToString("O"))).ShouldBeJsonAsync(HttpStatusCode.OK);
        var after = await TicketAsync(agent, caller, affected.Id());

        var link = Assert.Single(during.Items("outages"));
        Assert.Equal((outage.Id(), "水管爆裂停水"), (link.GetProperty("outageId").GetGuid(), link.Text("title")));
        var read = await (await agent.GetAsync($"/api/v1/tickets/{during.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Single(read.Items("outages"));
        Assert.Empty(fromElsewhere.Items("outages"));
        Assert.Empty(after.Items("outages"));
    }

    private static async Task<System.Text.Json.JsonElement> TicketAsync(HttpClient agent, Guid customerId, Guid unitId) =>
        await (await agent.PostAsJsonAsync("/api/v1/tickets",
            new { kind = "Repair", channel = "Phone", customerId, category = "Plumbing", description = "家里没水", unitId = unitId.ToString() }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

    /// <summary>The outage's notice sent again, and a chunk of its texts run again, as a second host or a retry would.</summary>
    private Task RepeatAsync(Guid noticeId) => NoticeApi.RepeatTextsAsync(Facilities, noticeId);
}
