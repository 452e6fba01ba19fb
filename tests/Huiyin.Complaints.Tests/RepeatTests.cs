using System.Net;
using Huiyin.Complaints.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

/// <summary>A customer complaining again while a complaint in the same category is open (S1: 按照投诉升级处理).</summary>
[Collection(ApiCollection.Name)]
public sealed class RepeatTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_second_complaint_in_the_same_category_is_a_409_listing_the_open_one_and_saves_nothing()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var body = ComplaintApi.Body(await ComplaintApi.CustomerAsync(App));
        var first = await ComplaintApi.RegisteredAsync(agent, body);

        var problem = await (await ComplaintApi.RegisterAsync(agent, body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("open_complaint_exists", problem.Text("code"));
        var listed = Assert.Single(problem.GetProperty("openComplaints").EnumerateArray());
        Assert.Equal(first.Id(), listed.Id());
        Assert.Equal(first.Text("number"), listed.Text("number"));
        Assert.Equal("Registered", listed.Text("status"));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM complaints.complaints"));
    }

    [Fact]
    public async Task The_same_matter_counts_the_repeat_on_the_open_complaint_and_raises_it_a_step()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var body = ComplaintApi.Body(await ComplaintApi.CustomerAsync(App));
        var first = await ComplaintApi.RegisteredAsync(agent, body);

        var repeated = await (await ComplaintApi.RegisterAsync(agent, body.With("sameMatterAs", first.Id()))).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await (await ComplaintApi.RegisterAsync(agent, body.With("sameMatterAs", first.Id()))).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(first.Id(), repeated.Id());
        Assert.Equal(1, repeated.GetProperty("repeatCount").GetInt32());
        Assert.Equal("Important", repeated.Text("severity"));
        Assert.Equal("Manager", repeated.Text("ownerRole"));
        Assert.Equal("Major", again.Text("severity"));
        Assert.Equal(2, again.GetProperty("repeatCount").GetInt32());
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM complaints.complaints"));
        var events = await ComplaintApi.OutboxAsync(App);
        var repeats = events.Where(e => e.Type == typeof(ComplaintRepeated).FullName).Select(e => e.Payload).ToList();
        Assert.Equal([1, 2], repeats.Select(r => r.GetProperty("repeatCount").GetInt32()));
        Assert.Equal("Executive", repeats[1].Text("ownerRole"));
        Assert.All(events.Where(e => e.Type == typeof(ComplaintSeverityRaised).FullName), e => Assert.Equal("Repeat", e.Payload.Text("cause")));
    }

    [Fact]
    public async Task Not_the_same_matter_registers_a_new_complaint_and_other_categories_or_resolved_ones_are_not_asked_about()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var body = ComplaintApi.Body(await ComplaintApi.CustomerAsync(App));
        await ComplaintApi.RegisteredAsync(agent, body);

        var separate = await ComplaintApi.RegisterAsync(agent, body.With("notSameMatter", true));
        var otherCategory = await ComplaintApi.RegisterAsync(agent, body.With("category", "Fees"));

        await separate.ShouldBeJsonAsync(HttpStatusCode.Created);
        await otherCategory.ShouldBeJsonAsync(HttpStatusCode.Created);
        var resolved = await ComplaintApi.ResolvedAsync(App);
        var afterResolution = await ComplaintApi.RegisterAsync(agent, ComplaintApi.Body(resolved.GetProperty("customerId").GetGuid()));
        await afterResolution.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Same_matter_as_a_complaint_that_is_not_open_or_both_answers_at_once_is_a_400()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var resolved = await ComplaintApi.ResolvedAsync(App);
        var body = ComplaintApi.Body(resolved.GetProperty("customerId").GetGuid());

        var closedOne = await ComplaintApi.RegisterAsync(agent, body.With("sameMatterAs", resolved.Id()));
        var unknown = await ComplaintApi.RegisterAsync(agent, body.With("sameMatterAs", Guid.NewGuid()));
        var both = await ComplaintApi.RegisterAsync(agent, body.With("sameMatterAs", resolved.Id()).With("notSameMatter", true));

        await closedOne.ShouldBeValidationProblemForAsync("sameMatterAs");
        await unknown.ShouldBeValidationProblemForAsync("sameMatterAs");
        await both.ShouldBeValidationProblemForAsync("sameMatterAs");
        Assert.Equal(0, (await ComplaintApi.OutboxAsync(App)).Count(e => e.Type == typeof(ComplaintRepeated).FullName));
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
