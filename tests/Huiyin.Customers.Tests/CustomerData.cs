using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

/// <summary>Valid customer data for tests: resident ID numbers with their GB 11643-1999 check character, and request bodies.</summary>
internal static class CustomerData
{
    public static string ResidentId(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    /// <summary>The same 17 digits with a check character that is not the right one.</summary>
    public static string WrongChecksum(string first17)
    {
        var right = ResidentId(first17)[^1];
        return first17 + (right == '0' ? '1' : '0');
    }

    public static object Person(string name, string phone, string? idNumber = null, string? bankAccount = null, bool vip = false) => new
    {
        type = "Owner",
        name,
        phones = new[] { phone },
        idNumber,
        bankAccount,
        vip,
        addresses = new[] { "杭州市西湖区文三路 100 号" },
    };

    public static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Create failed: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task ScoreAsync(HttpClient client, Guid id, int asset, int scale, int brand, int cooperation) =>
        await (await client.PutAsJsonAsync($"/api/v1/customers/{id}/score",
            new { assetSize = asset, businessScale = scale, brandStrength = brand, cooperativeness = cooperation, evidence = "年度经营数据与合作记录" })).ShouldBeJsonAsync(HttpStatusCode.OK);

    public static async Task<List<JsonElement>> TiersAsync(HttpClient client, IEnumerable<Guid> ids)
    {
        var tiers = new List<JsonElement>();
        foreach (var id in ids)
        {
            tiers.Add((await client.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}")).GetProperty("tier"));
        }

        return tiers;
    }
}
