using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

[Collection(ApiCollection.Name)]
public sealed class DuplicateTests(HuiyinApp app) : HuiyinTest(app)
{
    private static readonly string IdNumber = CustomerData.ResidentId("33010619900307401");

    [Theory]
    [InlineData("+86 139 0000 1234", null, null, "phone")]
    [InlineData("0086-13900001234", null, null, "phone")]
    [InlineData("139-0000-1234", null, null, "phone")]
    [InlineData("13711112222", "lower-x", null, "idNumber")]
    [InlineData("13711112222", null, "6222-0200-1111-2222", "bankAccount")]
    public async Task The_same_normalised_key_as_another_customer_is_a_409_listing_the_match_masked(string phone, string? idVariant, string? bank, string matchedOn)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var first = await CustomerData.CreateAsync(agent, CustomerData.Person("刘洋", "13900001234", IdNumber, "6222020011112222"));
        var id = idVariant is null ? null : IdNumber.ToLowerInvariant().Insert(6, " ");

        var response = await agent.PostAsJsonAsync("/api/v1/customers", CustomerData.Person("刘阳", phone, id, bank));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate_customer", problem.GetProperty("code").GetString());
        var match = Assert.Single(problem.GetProperty("duplicates").EnumerateArray());
        Assert.Equal(first.GetProperty("id").GetGuid(), match.GetProperty("id").GetGuid());
        Assert.Equal([matchedOn], match.GetProperty("matchedOn").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("139****1234", match.GetProperty("phones")[0].GetString());
        Assert.Equal(first.GetProperty("idNumber").GetString(), match.GetProperty("idNumber").GetString());
        Assert.DoesNotContain(IdNumber, problem.ToString(), StringComparison.Ordinal);
        var list = await (await agent.GetAsync("/api/v1/customers")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_override_needs_a_reason_and_is_recorded_in_the_history()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var first = await CustomerData.CreateAsync(agent, CustomerData.Person("陈刚", "13800138000"));
        var body = new { type = "Tenant", name = "陈刚之妻", phones = new[] { "138 0013 8000" }, allowDuplicate = true };

        var noReason = await agent.PostAsJsonAsync("/api/v1/customers", body);
        var created = await CustomerData.CreateAsync(agent, new { type = "Tenant", name = "陈刚之妻", phones = new[] { "138 0013 8000" }, allowDuplicate = true, duplicateReason = "夫妻共用一个号码" });
        var history = await (await agent.GetAsync($"/api/v1/customers/{created.GetProperty("id").GetGuid()}/history")).ShouldBeJsonAsync(HttpStatusCode.OK);

        await noReason.ShouldBeValidationProblemForAsync("duplicateReason");
        var entry = Assert.Single(history.GetProperty("items").EnumerateArray(), h => h.GetProperty("field").GetString() == "duplicateOverride");
        Assert.Equal("夫妻共用一个号码", entry.GetProperty("newValue").GetString());
        Assert.Equal($"{first.GetProperty("number").GetString()} (phone)", entry.GetProperty("oldValue").GetString());
    }

    [Fact]
    public async Task An_update_that_takes_another_customers_phone_is_a_409_and_changes_nothing()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        await CustomerData.CreateAsync(agent, CustomerData.Person("黄磊", "13811110000"));
        var second = await CustomerData.CreateAsync(agent, CustomerData.Person("黄蕾", "13822220000"));
        var id = second.GetProperty("id").GetGuid();
        var etag = (await agent.GetAsync($"/api/v1/customers/{id}")).Headers.ETag!.Tag;

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{id}")
        {
            Content = JsonContent.Create(new { type = "Owner", name = "黄蕾", phones = new[] { "+8613811110000" } }),
        };
        request.Headers.IfMatch.ParseAdd(etag);
        var response = await agent.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var current = await (await agent.GetAsync($"/api/v1/customers/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("13822220000", current.GetProperty("phones")[0].GetString());
    }
}
