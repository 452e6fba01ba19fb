using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Sla.Tests;

[Collection(SlaCollection.Name)]
public sealed class PolicyApiTests(SlaApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task The_defaults_of_the_specification_are_seeded_in_order()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var policies = (await (await agent.GetAsync("/api/v1/sla/policies")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();

        var standard = policies.Single(p => p.GetProperty("name").GetString() == "标准工单");
        var complex = policies.Single(p => p.GetProperty("name").GetString() == "复杂工单");
        var vip = policies.Single(p => p.GetProperty("name").GetString() == "一级VIP客户·工单");
        Assert.Equal(("PT3H", "PT24H"), (standard.GetProperty("firstContact").GetString(), standard.GetProperty("resolution").GetString()));
        Assert.Equal("PT48H", complex.GetProperty("resolution").GetString());
        Assert.Equal("PT1H", vip.GetProperty("firstContact").GetString());
        Assert.Equal(policies.Select(p => p.GetProperty("order").GetInt32()).Order(), policies.Select(p => p.GetProperty("order").GetInt32()));
    }

    [Fact]
    public async Task Which_policy_would_apply_is_answered_with_the_reason_and_the_due_times()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var evaluation = await (await agent.PostAsJsonAsync("/api/v1/sla/policies/evaluate", new { workType = "Ticket", customerTier = 1, vip = true }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("一级VIP客户·工单", evaluation.GetProperty("policy").GetProperty("name").GetString());
        Assert.StartsWith("Rule 20 \"一级VIP客户·工单\" applies", evaluation.GetProperty("explanation").GetString());
        var firstContact = evaluation.GetProperty("firstContactDueAt").GetDateTimeOffset();
        Assert.InRange(firstContact - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public async Task The_reason_a_policy_applies_comes_as_a_code_with_its_values_for_the_client_to_word()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var evaluation = await (await agent.PostAsJsonAsync("/api/v1/sla/policies/evaluate", new { workType = "Ticket", customerTier = 1, vip = true }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        var args = evaluation.GetProperty("explanationArgs");
        Assert.Equal("rule_applies", evaluation.GetProperty("explanationCode").GetString());
        Assert.Equal(("20", "一级VIP客户·工单"), (args.GetProperty("order").GetString(), args.GetProperty("name").GetString()));
        Assert.Contains("vip = True", args.GetProperty("conditions").GetString());
        Assert.Contains(args.GetProperty("skipped").GetString()!, evaluation.GetProperty("explanation").GetString());
    }

    [Theory]
    [InlineData("PT0S", "firstContact")]
    [InlineData("-PT1H", "firstContact")]
    [InlineData("3 hours", "firstContact")]
    [InlineData("P400D", "firstContact")]
    public async Task A_window_of_zero_negative_unreadable_or_absurd_length_is_a_400_naming_it(string window, string field)
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);

        var response = await manager.PostAsJsonAsync("/api/v1/sla/policies", new { name = "坏", order = 5, firstContact = window, resolution = "PT24H" });

        await response.ShouldBeValidationProblemForAsync(field);
    }

    [Fact]
    public async Task Other_bad_fields_are_each_named()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);

        var response = await manager.PostAsJsonAsync("/api/v1/sla/policies", new
        {
            name = "", order = -1, firstContact = "PT1H", resolution = "PT2H", warnAtPercent = 0, escalationLevels = 4,
            match = new { customerTier = 7 }, calendarId = Guid.NewGuid(),
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "name", "order", "warnAtPercent", "escalationLevels", "match.customerTier" }, fields);
    }

    [Fact]
    public async Task A_new_policy_applies_to_new_work_while_running_clocks_keep_theirs()
    {
        var app = (SlaApp)App;
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var earlierTicket = Guid.NewGuid();
        var before = await app.StartTicketClocksAsync(earlierTicket, category: "lift");

        await (await manager.PostAsJsonAsync("/api/v1/sla/policies", new
        {
            name = "电梯困人", order = 1, match = new { workType = "Ticket", category = "lift" }, firstContact = "PT15M", resolution = "PT4H",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var after = await app.StartTicketClocksAsync(Guid.NewGuid(), category: "lift");
        var earlierClocks = await app.SendAsync(new GetItemClocks(SlaWorkType.Ticket, earlierTicket));

        Assert.Equal("标准工单", before.PolicyName);
        Assert.Equal("电梯困人", after.PolicyName);
        Assert.All(earlierClocks, clock => Assert.Equal("标准工单", clock.PolicyName));
    }

    [Fact]
    public async Task Policies_are_edited_with_the_etag_reordered_and_retired_but_never_all()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var list = await ListAsync(manager);
        var first = list[0].GetProperty("id").GetGuid();
        var etag = (await manager.GetAsync($"/api/v1/sla/policies/{first}")).Headers.ETag!.Tag;
        var change = new { name = "一级VIP客户·复杂工单", order = 10, match = new { workType = "Ticket", complexity = "Complex", customerTier = 1, vip = true }, firstContact = "PT30M", resolution = "PT48H" };

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/sla/policies/{first}") { Content = JsonContent.Create(change) };
        request.Headers.IfMatch.ParseAdd(etag);
        var updated = await (await manager.SendAsync(request)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var reversed = list.Select(p => p.GetProperty("id").GetGuid()).Reverse().ToList();
        var reordered = await (await manager.PostAsJsonAsync("/api/v1/sla/policies/reorder", new { policyIds = reversed })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var incomplete = await manager.PostAsJsonAsync("/api/v1/sla/policies/reorder", new { policyIds = reversed.Skip(1) });

        Assert.Equal("PT30M", updated.GetProperty("firstContact").GetString());
        Assert.Equal(reversed, (await ListAsync(manager)).Select(p => p.GetProperty("id").GetGuid()));
        Assert.Equal(reversed.Count, reordered.GetProperty("items").GetArrayLength());
        await incomplete.ShouldBeValidationProblemForAsync("policyIds");

        foreach (var id in reversed.Skip(1))
        {
            await (await manager.PostAsync($"/api/v1/sla/policies/{id}/retire", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        await (await manager.PostAsync($"/api/v1/sla/policies/{reversed[0]}/retire", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await manager.PostAsync($"/api/v1/sla/policies/{reversed[1]}/retire", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_managers_and_admins_change_policies()
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);

        var response = await supervisor.PostAsJsonAsync("/api/v1/sla/policies", new { name = "x", order = 1, firstContact = "PT1H", resolution = "PT2H" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/sla/policies")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
}
