using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

[Collection(ApiCollection.Name)]
public sealed class SearchTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Search_finds_name_fragments_phone_fragments_numbers_and_exact_id_numbers()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var idNumber = CustomerData.ResidentId("33010619900101123");
        var wang = await CustomerData.CreateAsync(agent, CustomerData.Person("王建国", "13812345678", idNumber));
        var zhang = await CustomerData.CreateAsync(agent, CustomerData.Person("张伟", "13987654321"));
        await CustomerData.CreateAsync(agent, new { type = "Merchant", name = "建国超市", phones = new[] { "0571-88886666" } });

        Assert.Equal(["建国超市", "王建国"], await Names(agent, "建国"));
        Assert.Equal(["张伟"], await Names(agent, "张伟"));
        Assert.Equal(["王建国"], await Names(agent, "1234 5678"));
        Assert.Equal(["建国超市"], await Names(agent, "8888"));
        Assert.Equal(["张伟"], await Names(agent, zhang.GetProperty("number").GetString()!.ToLowerInvariant()));
        Assert.Equal(["王建国"], await Names(agent, idNumber));
        Assert.Empty(await Names(agent, idNumber[..10]));
        Assert.Equal(wang.GetProperty("id").GetGuid(), (await List(agent, $"search={Uri.EscapeDataString("王建")}"))[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Filters_combine_and_pages_follow_a_stable_order_without_gaps()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        for (var i = 0; i < 5; i++)
        {
            await CustomerData.CreateAsync(agent, CustomerData.Person($"住户{i}", $"1380000000{i}", vip: i % 2 == 0));
        }

        await CustomerData.CreateAsync(agent, new { type = "Enterprise", name = "某某集团", phones = new[] { "4008001234" } });

        Assert.Equal(["住户4", "住户2", "住户0"], (await List(agent, "vip=true")).Select(Name));
        Assert.Equal(["住户3", "住户1"], (await List(agent, "tier=2")).Select(Name));
        Assert.Equal(["某某集团"], (await List(agent, "type=Enterprise")).Select(Name));
        var first = await (await agent.GetAsync("/api/v1/customers?limit=4")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var second = await (await agent.GetAsync($"/api/v1/customers?limit=4&cursor={first.GetProperty("nextCursor").GetString()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var all = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(Name).ToList();
        Assert.Equal(["某某集团", "住户4", "住户3", "住户2", "住户1", "住户0"], all);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    private static string Name(JsonElement customer) => customer.GetProperty("name").GetString()!;

    private static async Task<List<string>> Names(HttpClient client, string search) =>
        (await List(client, $"search={Uri.EscapeDataString(search)}")).Select(Name).ToList();

    private static async Task<List<JsonElement>> List(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/customers?{query}");
        return page.GetProperty("items").EnumerateArray().ToList();
    }
}
