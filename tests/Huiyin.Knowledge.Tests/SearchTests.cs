using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Knowledge.Tests;

[Collection(ApiCollection.Name)]
public sealed class SearchTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Chinese_substrings_find_the_seeded_scripts_and_answers_by_title_body_or_tag()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        Assert.Equal(["电梯困人"], await KnowledgeApi.TitlesAsync(agent, "?search=困人"));
        Assert.Equal(["留言（同事不在岗位）"], await KnowledgeApi.TitlesAsync(agent, "?search=房号"));
        Assert.Equal(["燃气泄漏"], await KnowledgeApi.TitlesAsync(agent, "?search=" + Uri.EscapeDataString("煤气 阀")));
        Assert.Equal(["打电话（外呼）"], await KnowledgeApi.TitlesAsync(agent, "?search=外呼"));
        Assert.Empty(await KnowledgeApi.TitlesAsync(agent, "?search=" + Uri.EscapeDataString("%")));
    }

    [Fact]
    public async Task A_category_gives_its_own_answers_and_those_for_every_category_never_another_categorys()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var forGasLeaks = await KnowledgeApi.TitlesAsync(agent, "?category=GasLeak&kind=Answer");

        Assert.Contains("燃气泄漏", forGasLeaks);
        Assert.Contains("暂时无法解决时怎样答复", forGasLeaks);
        Assert.DoesNotContain("电梯困人", forGasLeaks);
        Assert.DoesNotContain("投诉后联系不上客户", forGasLeaks);
    }

    [Fact]
    public async Task Drafts_are_not_offered_to_the_desk_until_asked_for()
    {
        var agentId = await App.ProvisionAsync("writer", StaffRole.Agent);
        var writer = await App.SignedInAsAsync("writer");
        await KnowledgeApi.CreateAsync(writer, KnowledgeApi.Entry(agentId));

        Assert.Empty(await KnowledgeApi.TitlesAsync(writer, "?search=停车"));
        Assert.Equal(["停车费标准"], await KnowledgeApi.TitlesAsync(writer, "?search=停车&status=Draft"));
    }

    [Fact]
    public async Task A_search_with_bad_parameters_is_refused_naming_them()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        await (await agent.GetAsync("/api/v1/knowledge?status=Published")).ShouldBeValidationProblemForAsync("status");
        await (await agent.GetAsync("/api/v1/knowledge?limit=0")).ShouldBeValidationProblemForAsync("limit");
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync("/api/v1/knowledge")).StatusCode);
    }
}
