using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

/// <summary>Correcting what intake wrote down: by PUT or merge patch, under the ETag, with a timeline line, never moving a deadline.</summary>
[Collection(TicketsCollection.Name)]
public sealed class UpdateTicketTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task An_agent_corrects_the_category_and_description_and_the_deadlines_stay()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync()));
        var url = $"/api/v1/tickets/{ticket.Id()}";
        var etag = (await agent.GetAsync(url)).Headers.ETag!.Tag;

        var updated = await (await agent.PutAsync(url, etag, new { category = "Electrical", description = "卫生间插座跳闸，不是漏水", unitId = "3-2-1201" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        var timeline = await (await agent.GetAsync($"{url}/timeline")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Electrical", updated.GetProperty("category").GetString());
        Assert.Equal("卫生间插座跳闸，不是漏水", updated.GetProperty("description").GetString());
        Assert.Equal(ticket.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset().ToUnixTimeMilliseconds(),
            updated.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
        var line = Assert.Single(timeline.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == "DetailsChanged");
        Assert.Equal("details_changed", line.GetProperty("code").GetString());
        Assert.Equal("category, description", line.GetProperty("args").GetProperty("fields").GetString());
    }

    [Fact]
    public async Task A_merge_patch_changes_the_location_only()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync()));
        var url = $"/api/v1/tickets/{ticket.Id()}";
        var etag = (await agent.GetAsync(url)).Headers.ETag!.Tag;

        var patched = await (await agent.MergePatchAsync(url, etag, """{"location":"3栋大堂"}""")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("3栋大堂", patched.GetProperty("location").GetString());
        Assert.Equal(ticket.GetProperty("description").GetString(), patched.GetProperty("description").GetString());
        Assert.Equal("Plumbing", patched.GetProperty("category").GetString());
        Assert.Equal("3-2-1201", patched.GetProperty("unitId").GetString());
    }

    [Fact]
    public async Task A_cancelled_ticket_keeps_its_record_and_bad_details_name_their_field()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var open = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync()));
        var cancelled = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync("李四", "13900139000")));
        await (await TicketApi.ActAsync(agent, cancelled, "cancel", new { reason = "重复登记" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        string EtagOf(HttpResponseMessage read) => read.Headers.ETag!.Tag;
        var openUrl = $"/api/v1/tickets/{open.Id()}";
        var cancelledUrl = $"/api/v1/tickets/{cancelled.Id()}";

        var refused = await (await agent.MergePatchAsync(cancelledUrl, EtagOf(await agent.GetAsync(cancelledUrl)), """{"description":"改一下"}"""))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await agent.MergePatchAsync(openUrl, EtagOf(await agent.GetAsync(openUrl)), """{"description":"  "}""")).ShouldBeValidationProblemForAsync("description");
        await (await agent.MergePatchAsync(openUrl, EtagOf(await agent.GetAsync(openUrl)), """{"category":"Teleportation"}""")).ShouldBeValidationProblemForAsync("category");
        await (await agent.PutAsync(openUrl, null, new { category = "Plumbing", description = "漏水" })).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);

        Assert.Equal("ticket_not_open", refused.GetProperty("code").GetString());
        var after = await TicketApi.GetAsync(agent, open);
        Assert.Equal(open.GetProperty("description").GetString(), after.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_technician_cannot_correct_a_ticket()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync()));

        var response = await technician.MergePatchAsync($"/api/v1/tickets/{ticket.Id()}", "\"1\"", """{"description":"x"}""");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
