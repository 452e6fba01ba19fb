using System.Net;
using System.Text.Json;
using Huiyin.Facilities.Persistence.Migrations;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using static Huiyin.Facilities.Tests.OutageApi;

namespace Huiyin.Facilities.Tests;

/// <summary>The upgrade to notices: what outages texted before, recorded in their own table, becomes their numbered notices.</summary>
[Collection(FacilitiesCollection.Name)]
public sealed class OutageNoticesUpgradeTests(FacilitiesApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task The_texts_outages_sent_before_notices_existed_become_their_numbered_notices_with_the_same_recipients()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var building = await FacilitiesApi.BuildingAsync(App);
        var unit = await FacilitiesApi.UnitAsync(App, building, "1501");
        await ResidentAsync(App, unit, "13800000001", smsConsent: true);
        await ResidentAsync(App, unit, "13800000002", smsConsent: false, role: "Occupant");
        var outage = await StartAsync(technician, new { kind = "WaterCut", title = "二次供水水箱清洗", buildingIds = new[] { building.Id() }, startedAt = "2026-12-06T09:00:00+08:00" });
        await (await RestoreAsync(technician, outage.Id())).ShouldBeJsonAsync(HttpStatusCode.OK);
        var before = await ToldAsync(technician, outage.Id(), atStart: 1, atRestoration: 1);

        await AsBeforeNoticesAsync();
        await ExecuteAsync(Notices.OutageTextsBecomeNotices + "DROP TABLE facilities.outage_notices;");

        var after = await ToldAsync(technician, outage.Id(), atStart: 1, atRestoration: 1);
        Assert.Equal(Told(before), Told(after));
        var notices = (await (await technician.GetAsync("/api/v1/notices?kind=Outage")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");
        Assert.Equal(["HY-2026-0002", "HY-2026-0001"], notices.Select(n => n.Text("number")));
        Assert.All(notices, n => Assert.Equal("二次供水水箱清洗", n.Text("title")));
        Assert.Equal(before.GetProperty("notTold").GetInt32(), after.GetProperty("notTold").GetInt32());
        Assert.Equal(notices[1].Id(), after.GetProperty("outage").GetProperty("startNoticeId").GetGuid());
        Assert.Equal(notices[0].Id(), after.GetProperty("outage").GetProperty("restorationNoticeId").GetGuid());

        var next = await StartAsync(technician, new { kind = "PowerCut", title = "配电房检修", buildingIds = new[] { building.Id() }, startedAt = "2026-12-06T10:00:00+08:00" });
        var nextNotice = (await ToldAsync(technician, next.Id(), atStart: 1, atRestoration: 0)).GetProperty("outage").GetProperty("startNoticeId").GetGuid();
        var numbered = await (await technician.GetAsync($"/api/v1/notices/{nextNotice}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("HY-2026-0003", numbered.Text("number"));
    }

    private static string[] Told(JsonElement outage) =>
        outage.Items("told").Select(t => $"{t.Text("phase")} {t.GetProperty("customerId").GetGuid()} {t.Text("phone")} {t.Text("messageId")}").Order().ToArray();

    /// <summary>The outage's texts moved back into the table they lived in before notices, and the notices gone.</summary>
    private Task AsBeforeNoticesAsync() => ExecuteAsync("""
        CREATE TABLE facilities.outage_notices (
            outage_id uuid NOT NULL, phase character varying(16) NOT NULL, customer_id uuid NOT NULL, masked_phone character varying(20),
            message_id uuid, outcome character varying(16) NOT NULL, recorded_at timestamp with time zone NOT NULL,
            PRIMARY KEY (outage_id, phase, customer_id));
        INSERT INTO facilities.outage_notices
        SELECT o.id, CASE WHEN o.start_notice_id = n.id THEN 'Start' ELSE 'Restoration' END, r.customer_id, r.masked_phone, r.message_id, r.outcome, r.recorded_at
        FROM facilities.notice_recipients r JOIN facilities.notices n ON n.id = r.notice_id JOIN facilities.outages o ON o.id = n.outage_id;
        UPDATE facilities.outages SET start_notice_id = NULL, restoration_notice_id = NULL;
        DELETE FROM facilities.notices;
        DELETE FROM facilities.notice_year_counts;
        """);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
