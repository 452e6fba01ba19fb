using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Facilities.Tests;

[Collection(FacilitiesCollection.Name)]
public sealed class SearchTests(FacilitiesApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_search_matches_the_start_of_the_full_number_or_of_the_door_number()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var building = await FacilitiesApi.BuildingAsync(App);
        foreach (var (entrance, number) in new[] { ("2", "1502"), ("2", "1501"), ("2", "502"), ("1", "1502") })
        {
            await FacilitiesApi.UnitAsync(App, building, number, entrance);
        }

        Assert.Equal(["3-2-1502"], await FullNumbersAsync(agent, "search=3-2-1502"));
        Assert.Equal(["3-2-1501", "3-2-1502"], await FullNumbersAsync(agent, "search=3-2-15"));
        Assert.Equal(["3-2-1502"], await FullNumbersAsync(agent, "search=3%202%201502"));
        Assert.Equal(["3-1-1502", "3-2-1502"], await FullNumbersAsync(agent, "search=1502"));
        Assert.Empty(await FullNumbersAsync(agent, "search=3-2-15%25"));
        Assert.Empty(await FullNumbersAsync(agent, "search=3-2_1502"));
    }

    [Fact]
    public async Task Pages_follow_the_full_number_without_gaps_or_repeats_and_filter_by_vacancy()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var building = await FacilitiesApi.BuildingAsync(App);
        var other = await FacilitiesApi.BuildingAsync(App, site: "锦绣园");
        var numbers = Enumerable.Range(1, 5).Select(i => $"{i}01").ToList();
        foreach (var number in numbers)
        {
            await FacilitiesApi.UnitAsync(App, building, number);
            await FacilitiesApi.UnitAsync(App, other, number);
        }

        var occupied = await FacilitiesApi.UnitAsync(App, building, "901");
        await FacilitiesApi.MoveInAsync(agent, occupied, await FacilitiesApi.CustomerAsync(App));

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await (await agent.GetAsync($"{FacilitiesApi.Units}?search=3-2&vacant=true&limit=3{(cursor is null ? "" : $"&cursor={cursor}")}"))
                .ShouldBeJsonAsync(HttpStatusCode.OK);
            seen.AddRange(page.Items("items").Select(u => u.Text("label")));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(10, seen.Count);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.DoesNotContain("翠苑 3栋 2单元 901", seen);
        Assert.Equal(["翠苑 3栋 2单元 101", "锦绣园 3栋 2单元 101"], seen.Take(2));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("cursor=not-ours", "cursor")]
    public async Task Bad_paging_is_a_400_naming_the_field(string query, string field)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        await (await agent.GetAsync($"{FacilitiesApi.Units}?{query}")).ShouldBeValidationProblemForAsync(field);
    }

    private static async Task<string[]> FullNumbersAsync(HttpClient caller, string query) =>
        (await (await caller.GetAsync($"{FacilitiesApi.Units}?{query}")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .Items("items").Select(u => u.Text("fullNumber")).ToArray();
}
