using System.Net;
using System.Text;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests;

/// <summary>Text PostgreSQL cannot store (NUL, an unpaired surrogate) is the caller's 400 naming the field, in a query or a body.</summary>
[Collection(ApiCollection.Name)]
public sealed class UnstorableTextTests(HuiyinApp app) : HuiyinTest(app)
{
    [Theory]
    [InlineData("/api/v1/customers?search=%00")]
    [InlineData("/api/v1/staff?search=%E7%8E%8B%00")]
    [InlineData("/api/v1/tickets?search=%00&limit=10")]
    public async Task A_nul_in_a_search_is_a_400_naming_it(string url)
    {
        var admin = await EveryRoleAsync();

        var messages = await (await admin.GetAsync(url)).ShouldBeValidationProblemForAsync("search");

        Assert.Contains("NUL", messages[0]);
    }

    [Theory]
    [InlineData("""{"type": "Owner", "name": "王\u0000建国", "phones": ["13800138000"]}""", "name")]
    [InlineData("""{"type": "Owner", "name": "王建国", "phones": ["13800138000", "\ud800"]}""", "phones[1]")]
    public async Task Unstorable_text_in_a_body_is_a_400_naming_the_field_and_nothing_is_saved(string json, string field)
    {
        var admin = await EveryRoleAsync();

        var response = await admin.PostAsync("/api/v1/customers", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblemForAsync(field);
        await using var connection = await App.OpenConnectionAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM customers.customers";
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Escaped_chinese_and_an_emoji_are_stored_and_found()
    {
        var admin = await EveryRoleAsync();
        const string json = """{"type": "Owner", "name": "\u738B\u5EFA\u56FD\ud83d\ude00", "phones": ["13800138000"]}""";

        var response = await admin.PostAsync("/api/v1/customers", new StringContent(json, Encoding.UTF8, "application/json"));
        var found = await (await admin.GetAsync("/api/v1/customers?search=" + Uri.EscapeDataString("国😀"))).ShouldBeJsonAsync(HttpStatusCode.OK);

        var created = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal("王建国😀", created.GetProperty("name").GetString());
        Assert.Equal(created.GetProperty("id").GetGuid(), Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    private async Task<HttpClient> EveryRoleAsync()
    {
        await App.ProvisionAsync("every-role", Enum.GetValues<StaffRole>());
        return await App.SignedInAsAsync("every-role");
    }
}
