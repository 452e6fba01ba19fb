using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Knowledge.Tests;

[Collection(ApiCollection.Name)]
public sealed class ReviewTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Entries_past_their_review_day_are_listed_for_their_own_owner_until_retired()
    {
        App.Clock.Advance(new DateTimeOffset(2027, 3, 10, 1, 0, 0, TimeSpan.FromHours(8)) - App.Clock.GetUtcNow());
        var mine = await App.ProvisionAsync("mine", StaffRole.Agent);
        var theirs = await App.ProvisionAsync("theirs", StaffRole.Agent);
        var me = await App.SignedInAsAsync("mine");
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var due = await KnowledgeApi.CreateAsync(me, KnowledgeApi.Entry(mine, title: "今天复核", reviewBy: new DateOnly(2027, 3, 10)));
        await KnowledgeApi.CreateAsync(me, KnowledgeApi.Entry(mine, title: "早该复核", reviewBy: new DateOnly(2027, 1, 1)));
        await KnowledgeApi.CreateAsync(me, KnowledgeApi.Entry(mine, title: "明天复核", reviewBy: new DateOnly(2027, 3, 11)));
        await KnowledgeApi.CreateAsync(me, KnowledgeApi.Entry(theirs, title: "别人的", reviewBy: new DateOnly(2027, 1, 1)));

        var listed = await DueTitlesAsync(me);
        await (await supervisor.PostAsync($"/api/v1/knowledge/{due.Id()}/retire", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["早该复核", "今天复核"], listed);
        Assert.Equal(["早该复核"], await DueTitlesAsync(me));
        Assert.Equal(["别人的"], await DueTitlesAsync(await App.SignedInAsAsync("theirs")));
    }

    private static async Task<string[]> DueTitlesAsync(HttpClient caller)
    {
        var due = await (await caller.GetAsync("/api/v1/knowledge/due-for-review")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return [.. due.GetProperty("items").EnumerateArray().Select(e => e.Text("title"))];
    }
}
