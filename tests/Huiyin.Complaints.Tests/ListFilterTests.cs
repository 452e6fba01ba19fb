using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

/// <summary>The list's filters (category, owner role, breached, overdue, q), each item's nearest deadline, and paging with filters.</summary>
[Collection(ApiCollection.Name)]
public sealed class ListFilterTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Category_owner_role_and_q_filter_the_list()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var service = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        var fees = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await CustomerNamedAsync(agent, "李晓红")).With("category", "Fees"));
        var major = await ComplaintApi.RegisteredAsync(agent,
            ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)).With("category", "Parking").With("injuryOrHeavyLoss", true));

        Assert.Equal([fees.Id()], Ids(await ComplaintApi.ListedAsync(agent, "category=Fees")));
        Assert.Equal([major.Id()], Ids(await ComplaintApi.ListedAsync(agent, "ownerRole=Executive")));
        Assert.Equal([fees.Id(), service.Id()], Ids(await ComplaintApi.ListedAsync(agent, "ownerRole=Supervisor")));
        Assert.Equal([fees.Id()], Ids(await ComplaintApi.ListedAsync(agent, "q=晓红")));
        Assert.Equal([service.Id()], Ids(await ComplaintApi.ListedAsync(agent, $"q={service.Text("number")}")));
        Assert.Empty(await ComplaintApi.ListedAsync(agent, "q=%25"));
        await (await agent.GetAsync("/api/v1/complaints?ownerRole=Agent")).ShouldBeValidationProblemForAsync("ownerRole");
        await (await agent.GetAsync("/api/v1/complaints?category=Weather")).ShouldBeValidationProblemForAsync("category");
    }

    [Fact]
    public async Task Items_carry_their_nearest_deadline_and_overdue_and_breached_find_the_late_ones()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var handled = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        await ComplaintApi.SteppedAsync(agent, handled, "investigate");
        await (await ComplaintApi.HandOffAsync(agent, handled, new { teamId = await ComplaintApi.TeamAsync(App), note = "已电话转交客服部" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var waiting = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await CustomerNamedAsync(agent, "赵大勇")));

        var listed = await ComplaintApi.ListedAsync(agent, "");
        var handledDeadline = listed.Single(c => c.Id() == handled.Id()).GetProperty("nextDeadline");
        Assert.Equal("Resolution", handledDeadline.Text("metric"));
        Assert.Equal(handled.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset(), handledDeadline.GetProperty("dueAt").GetDateTimeOffset());
        Assert.False(handledDeadline.GetProperty("overdue").GetBoolean());
        Assert.Empty(await ComplaintApi.ListedAsync(agent, "overdue=true"));

        App.Clock.Advance(TimeSpan.FromHours(4));
        agent = await App.SignedInAsAsync(StaffRole.Agent);
        Assert.Equal([waiting.Id()], Ids(await ComplaintApi.ListedAsync(agent, "overdue=true")));
        Assert.Equal([handled.Id()], Ids(await ComplaintApi.ListedAsync(agent, "overdue=false")));
        Assert.True((await ComplaintApi.ListedAsync(agent, "overdue=true")).Single().GetProperty("nextDeadline").GetProperty("overdue").GetBoolean());

        await ComplaintApi.SweepAsync(App);
        Assert.Equal([waiting.Id()], Ids(await ComplaintApi.EventuallyAsync(() => ComplaintApi.ListedAsync(agent, "breached=true"))));
        Assert.Equal([handled.Id()], Ids(await ComplaintApi.ListedAsync(agent, "breached=false")));
    }

    [Fact]
    public async Task Paging_with_a_filter_walks_the_filtered_complaints_once_each()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var fees = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var body = ComplaintApi.Body(await ComplaintApi.CustomerAsync(App));
            await ComplaintApi.RegisteredAsync(agent, body);
            fees.Add((await ComplaintApi.RegisteredAsync(agent, body.With("category", "Fees"))).Id());
        }

        var first = await (await agent.GetAsync("/api/v1/complaints?category=Fees&limit=2")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var cursor = Uri.EscapeDataString(first.Text("nextCursor"));
        var second = await (await agent.GetAsync($"/api/v1/complaints?category=Fees&limit=2&cursor={cursor}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var walked = Ids(first.GetProperty("items").EnumerateArray()).Concat(Ids(second.GetProperty("items").EnumerateArray())).ToList();
        Assert.Equal(Enumerable.Reverse(fees), walked);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    private async Task<Guid> CustomerNamedAsync(HttpClient agent, string name)
    {
        var response = await agent.PostAsJsonAsync("/api/v1/customers",
            new { type = "Owner", name, phones = new[] { "13900139000" }, allowDuplicate = true, duplicateReason = "同名业主" });
        return (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).Id();
    }

    private static List<Guid> Ids(IEnumerable<JsonElement> items) => items.Select(c => c.Id()).ToList();
}
