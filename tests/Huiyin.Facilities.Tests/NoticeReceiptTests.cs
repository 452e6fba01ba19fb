using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using static Huiyin.Facilities.Tests.NoticeApi;

namespace Huiyin.Facilities.Tests;

[Collection(FacilitiesCollection.Name)]
public sealed class NoticeReceiptTests(FacilitiesApp app) : HuiyinTest(app)
{
    /// <summary>PostgreSQL keeps microseconds; the answer to a write carries the clock's ticks.</summary>
    private static readonly TimeSpan StoredPrecision = TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task Many_receipts_are_recorded_at_once_and_those_recorded_before_are_reported_and_left_as_they_were()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var agentId = await App.ProvisionAsync("test-agent", StaffRole.Agent);
        var (notice, units) = await LetterNoticeAsync("1501", "1502", "1503");
        var earlier = await (await agent.PostAsync($"{Notices}/{notice}/deliveries/{units[1]}/acknowledge", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var result = await (await AcknowledgeAsync(agent, notice, units[2], units[1], units[0], units[2])).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["翠苑 3栋 2单元 1501", "翠苑 3栋 2单元 1503"], result.Items("acknowledged").Select(d => d.Text("unit")));
        Assert.All(result.Items("acknowledged"), d => Assert.Equal(agentId, d.GetProperty("acknowledgedById").GetGuid()));
        var before = Assert.Single(result.Items("alreadyAcknowledged"));
        Assert.Equal(units[1], before.GetProperty("unitId").GetGuid());
        Assert.Equal(earlier.GetProperty("acknowledgedAt").GetDateTimeOffset(), before.GetProperty("acknowledgedAt").GetDateTimeOffset(), StoredPrecision);
        var read = await (await agent.GetAsync($"{Notices}/{notice}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, read.GetProperty("acknowledged").GetInt32());
    }

    [Fact]
    public async Task A_unit_the_notice_did_not_reach_is_a_400_naming_unitIds_and_records_no_receipt()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var (notice, units) = await LetterNoticeAsync("1501", "1502");
        var elsewhere = Guid.NewGuid();

        var messages = await (await AcknowledgeAsync(agent, notice, units[0], elsewhere)).ShouldBeValidationProblemForAsync("unitIds");

        Assert.Contains(elsewhere.ToString(), Assert.Single(messages));
        Assert.All(await DeliveriesAsync(agent, notice), d => Assert.Equal(JsonValueKind.Null, d.GetProperty("acknowledgedAt").ValueKind));
    }

    [Fact]
    public async Task No_units_or_too_many_is_a_400_naming_unitIds_and_an_unknown_notice_is_a_404()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var (notice, _) = await LetterNoticeAsync("1501");

        await (await AcknowledgeAsync(agent, notice)).ShouldBeValidationProblemForAsync("unitIds");
        await (await agent.PostAsJsonAsync($"{Notices}/{notice}/deliveries/acknowledge", new { })).ShouldBeValidationProblemForAsync("unitIds");
        await (await AcknowledgeAsync(agent, notice, [.. Enumerable.Range(0, 501).Select(_ => Guid.NewGuid())])).ShouldBeValidationProblemForAsync("unitIds");
        await (await AcknowledgeAsync(agent, Guid.NewGuid(), Guid.NewGuid())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Technicians_may_not_record_receipts()
    {
        var (notice, units) = await LetterNoticeAsync("1501");

        await (await AcknowledgeAsync(await App.SignedInAsAsync(StaffRole.Technician), notice, units[0])).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static Task<HttpResponseMessage> AcknowledgeAsync(HttpClient caller, Guid notice, params Guid[] unitIds) =>
        caller.PostAsJsonAsync($"{Notices}/{notice}/deliveries/acknowledge", new { unitIds });

    private async Task<(Guid Notice, Guid[] Units)> LetterNoticeAsync(params string[] numbers)
    {
        var building = await FacilitiesApi.BuildingAsync(App);
        var units = new List<Guid>();
        foreach (var number in numbers)
        {
            units.Add((await FacilitiesApi.UnitAsync(App, building, number)).Id());
        }

        var notice = await SentAsync(await App.SignedInAsAsync(StaffRole.Supervisor),
            new { kind = "FeeNotice", title = "2027年物业费交费通知", body = "请按时交纳。", unitIds = units, channels = new[] { "Letter" } });
        return (notice.Id(), [.. units]);
    }
}
