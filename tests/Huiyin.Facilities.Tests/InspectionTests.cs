using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Facilities.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using static Huiyin.Facilities.Tests.InspectionApi;

namespace Huiyin.Facilities.Tests;

[Collection(FacilitiesCollection.Name)]
public sealed class InspectionTests(FacilitiesApp app) : HuiyinTest(app)
{
    private const string VacantUnitChecklist = "空置房巡检";
    private const string PipeLeaks = "管道有无漏水";

    private FacilitiesApp Facilities => (FacilitiesApp)App;

    [Fact]
    public async Task The_daily_job_gives_each_vacant_unit_and_public_area_one_round_a_day_however_often_it_runs()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App);
        var vacant = await FacilitiesApi.UnitAsync(App, building, "1501");
        var occupied = await FacilitiesApi.UnitAsync(App, building, "1502");
        await (await FacilitiesApi.MoveInAsync(manager, occupied, await FacilitiesApi.CustomerAsync(App))).ShouldBeJsonAsync(HttpStatusCode.OK);
        var lobby = await FacilitiesApi.CreatedAsync(manager, "areas", new { siteId = building.Text("siteId"), kind = "Lobby", name = "大堂" });

        await TodaysRoundsAsync(Facilities, manager);
        var today = await TodaysRoundsAsync(Facilities, manager);
        Facilities.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await TodaysRoundsAsync(Facilities, await App.SignedInAsAsync(StaffRole.Manager));

        Assert.Equal([(VacantUnitChecklist, vacant.Id()), ("公共区域日巡", lobby.Id())],
            today.Select(r => (r.Text("checklist"), r.GetProperty("place").GetProperty(r.Text("checklist") == VacantUnitChecklist ? "unitId" : "areaId").GetGuid()))
                .OrderByDescending(r => r.Item1));
        Assert.Equal(6, today.Single(r => r.Text("checklist") == VacantUnitChecklist).GetProperty("items").GetInt32());
        Assert.Equal(2, tomorrow.Length);
        Assert.NotEqual(today[0].Text("date"), tomorrow[0].Text("date"));
    }

    [Fact]
    public async Task A_failed_item_opens_exactly_one_repair_ticket_linked_to_the_round_when_the_phone_retries()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var unit = await FacilitiesApi.UnitAsync(App, await FacilitiesApi.BuildingAsync(App));
        var round = await RoundAsync(technician, (await TodaysRoundsAsync(Facilities, technician)).Single().Id());
        var body = new { result = "Fail", note = "厨房水管接口渗水" };

        var first = await (await RecordAsync(technician, round.Id(), round.ItemId(PipeLeaks), body)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var retried = await (await RecordAsync(technician, round.Id(), round.ItemId(PipeLeaks), body)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var ticketId = first.GetProperty("ticketId").GetGuid();
        Assert.Equal(ticketId, retried.GetProperty("ticketId").GetGuid());
        var ticket = await (await (await App.SignedInAsAsync(StaffRole.Manager)).GetAsync($"/api/v1/tickets/{ticketId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Repair", "Internal", "Plumbing"), (ticket.Text("kind"), ticket.Text("channel"), ticket.Text("category")));
        Assert.Equal($"inspection-round:{round.Id()}/item:{round.ItemId(PipeLeaks)}", ticket.Text("origin"));
        Assert.Contains("厨房水管接口渗水", ticket.Text("description"));
        Assert.Equal(unit.Id().ToString(), ticket.Text("unitId"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM tickets.tickets"));
        var failed = Assert.Single(await FacilitiesApi.OutboxAsync(App), e => e.Type == nameof(InspectionItemFailed));
        Assert.Equal((round.Id(), ticketId, unit.Id()), (failed.Payload.GetProperty("roundId").GetGuid(), failed.Payload.GetProperty("ticketId").GetGuid(),
            failed.Payload.GetProperty("unitId").GetGuid()));
        var report = await RoundAsync(technician, round.Id());
        Assert.Equal(1, report.GetProperty("failed").GetInt32());
        Assert.Equal(ticketId, report.Items("items").Single(i => i.Text("text") == PipeLeaks).GetProperty("ticketId").GetGuid());
    }

    [Fact]
    public async Task A_reading_out_of_limits_opens_a_ticket_and_one_within_limits_does_not()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App);
        await FacilitiesApi.CreatedAsync(manager, "areas", new { siteId = building.Text("siteId"), kind = "PlantRoom", name = "水泵房" });
        await FacilitiesApi.CreatedAsync(manager, "checklists", new
        {
            name = "水泵房巡检", target = "PublicAreas",
            items = new object[]
            {
                new { text = "供水压力", kind = "Reading", category = "Plumbing", min = 0.2m, max = 0.6m, unit = "MPa" },
                new { text = "水箱水位", kind = "Reading", category = "Plumbing", min = 1.0m, unit = "m" },
            },
        });
        var round = await RoundAsync(manager, (await TodaysRoundsAsync(Facilities, manager)).Single(r => r.Text("checklist") == "水泵房巡检").Id());

        var within = await (await RecordAsync(manager, round.Id(), round.ItemId("供水压力"), new { result = "Pass", reading = 0.45m })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var low = await (await RecordAsync(manager, round.Id(), round.ItemId("水箱水位"), new { result = "Pass", reading = 0.6m })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var missing = await RecordAsync(manager, round.Id(), round.ItemId("供水压力"), new { result = "Pass" });

        Assert.Equal((false, JsonValueKind.Null), (within.GetProperty("failed").GetBoolean(), within.GetProperty("ticketId").ValueKind));
        Assert.True(low.GetProperty("failed").GetBoolean());
        var ticket = await (await manager.GetAsync($"/api/v1/tickets/{low.GetProperty("ticketId").GetGuid()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Contains("0.6m", ticket.Text("description"));
        await missing.ShouldBeValidationProblemForAsync("reading");
    }

    [Fact]
    public async Task A_photo_required_item_takes_a_photo_uploaded_to_the_round_once_however_often_it_is_sent()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        await FacilitiesApi.UnitAsync(App, await FacilitiesApi.BuildingAsync(App));
        var round = await RoundAsync(technician, (await TodaysRoundsAsync(Facilities, technician)).Single().Id());
        var ceiling = round.ItemId("天花、墙体状况");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

        var withoutPhoto = await RecordAsync(technician, round.Id(), ceiling, new { result = "Pass" });
        var uploaded = await UploadAsync(technician, round.Id(), png, "ceiling-1");
        var again = await UploadAsync(technician, round.Id(), png, "ceiling-1");
        var notAnImage = await UploadAsync(technician, round.Id(), [1, 2, 3], "ceiling-2");
        var photo = await uploaded.ShouldBeJsonAsync(HttpStatusCode.Created);
        var recorded = await (await RecordAsync(technician, round.Id(), ceiling, new { result = "Pass", photoIds = new[] { photo.Id() } })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var strangerPhoto = await RecordAsync(technician, round.Id(), ceiling, new { result = "Pass", photoIds = new[] { Guid.NewGuid() } });

        await withoutPhoto.ShouldBeValidationProblemForAsync("photoIds");
        Assert.Equal(photo.Id(), (await again.ShouldBeJsonAsync(HttpStatusCode.OK)).Id());
        await notAnImage.ShouldBeValidationProblemForAsync("file");
        await strangerPhoto.ShouldBeValidationProblemForAsync("photoIds");
        var url = Assert.Single(recorded.Items("photoUrls")).GetString()!;
        Assert.Equal(png, await technician.GetByteArrayAsync(url));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM facilities.round_photos"));
    }

    [Fact]
    public async Task The_desks_assistant_walks_the_vacant_units_round_and_completes_it()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        await FacilitiesApi.UnitAsync(App, await FacilitiesApi.BuildingAsync(App));
        var round = await RoundAsync(agent, (await TodaysRoundsAsync(Facilities, agent)).Single().Id());
        var photo = await (await UploadAsync(agent, round.Id(), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 5], "vacant-1")).ShouldBeJsonAsync(HttpStatusCode.Created);

        foreach (var item in round.Items("items"))
        {
            var photoIds = item.GetProperty("photoRequired").GetBoolean() ? new[] { photo.Id() } : [];
            await (await RecordAsync(agent, round.Id(), item.GetProperty("itemId").GetGuid(), new { result = "Pass", photoIds })).ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        var completed = await (await agent.PostAsync($"{Rounds}/{round.Id()}/complete", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", completed.Text("status"));
    }

    [Fact]
    public async Task A_round_completes_once_every_item_has_a_result_and_then_takes_no_more()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        await FacilitiesApi.UnitAsync(App, await FacilitiesApi.BuildingAsync(App));
        var round = await RoundAsync(technician, (await TodaysRoundsAsync(Facilities, technician)).Single().Id());
        var complete = $"{Rounds}/{round.Id()}/complete";

        var early = await technician.PostAsync(complete, null);
        foreach (var item in round.Items("items"))
        {
            await (await RecordAsync(technician, round.Id(), item.GetProperty("itemId").GetGuid(), new { result = "NotApplicable" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        var completed = await (await technician.PostAsync(complete, null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var twice = await technician.PostAsync(complete, null);
        var afterwards = await RecordAsync(technician, round.Id(), round.ItemId(PipeLeaks), new { result = "Fail" });

        Assert.Equal("items_unrecorded", (await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("code"));
        Assert.Equal("Completed", completed.Text("status"));
        Assert.Equal(6, completed.GetProperty("recorded").GetInt32());
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await afterwards.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM tickets.tickets"));
    }

    [Fact]
    public async Task Checklists_are_listed_by_name_with_their_items_for_whoever_reads_facilities()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        await FacilitiesApi.CreatedAsync(manager, "checklists", new
        {
            name = "二次供水泵房巡检",
            items = new object[]
            {
                new { text = "出水压力", kind = "Reading", category = "Plumbing", min = 0.2m, max = 0.6m, unit = "MPa" },
                new { text = "泵体无渗漏", kind = "PassFail", category = "Plumbing", photoRequired = true },
            },
        });

        var listed = (await (await (await App.SignedInAsAsync(StaffRole.Technician)).GetAsync("/api/v1/facilities/checklists"))
            .ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");

        Assert.Equal(["二次供水泵房巡检", "公共区域日巡", VacantUnitChecklist], listed.Select(c => c.Text("name")));
        var pressure = listed[0].Items("items")[0];
        Assert.Equal(("Reading", 0.6m, "MPa"), (pressure.Text("kind"), pressure.GetProperty("max").GetDecimal(), pressure.Text("unit")));
        Assert.True(listed[0].Items("items")[1].GetProperty("photoRequired").GetBoolean());
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_and_only_those_who_walk_rounds_record_items()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var executive = await App.SignedInAsAsync(StaffRole.Executive);
        await FacilitiesApi.UnitAsync(App, await FacilitiesApi.BuildingAsync(App));
        var round = await RoundAsync(manager, (await TodaysRoundsAsync(Facilities, manager)).Single().Id());

        await (await RecordAsync(manager, round.Id(), round.ItemId(PipeLeaks), new { result = "Broken" })).ShouldBeValidationProblemForAsync("result");
        await (await manager.PostAsJsonAsync("/api/v1/facilities/checklists", new { name = "x", items = new[] { new { text = "灯", kind = "PassFail", category = "Lighting" } } }))
            .ShouldBeValidationProblemForAsync("items[0].category");
        await (await manager.PostAsJsonAsync("/api/v1/facilities/checklists", new { name = "x", items = Array.Empty<object>() })).ShouldBeValidationProblemForAsync("items");
        await (await RecordAsync(manager, Guid.NewGuid(), round.ItemId(PipeLeaks), new { result = "Pass" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await RecordAsync(manager, round.Id(), Guid.NewGuid(), new { result = "Pass" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await RecordAsync(executive, round.Id(), round.ItemId(PipeLeaks), new { result = "Fail" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/facilities/checklists", new { name = "x" })).StatusCode);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM tickets.tickets"));
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient caller, Guid roundId, byte[] content, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Rounds}/{roundId}/photos") { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new("image/png");
        request.Headers.Add("Idempotency-Key", key);
        return caller.SendAsync(request);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
