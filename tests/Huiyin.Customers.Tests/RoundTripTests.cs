using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

/// <summary>What an integrator does with a customer: read it, change a field, send it back; or patch one field.</summary>
[Collection(ApiCollection.Name)]
public sealed class RoundTripTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_customer_read_changed_and_put_back_keeps_its_masked_values()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var idNumber = CustomerData.ResidentId("33010619900101321");
        var id = (await CustomerData.CreateAsync(manager, CustomerData.Person("陈静", "13812340001", idNumber, "6222021234567890"))).GetProperty("id").GetGuid();
        var read = await manager.GetAsync($"/api/v1/customers/{id}");
        var body = JsonNode.Parse(await read.Content.ReadAsStringAsync())!.AsObject();
        body["name"] = "陈静怡";

        var put = await (await manager.PutAsync($"/api/v1/customers/{id}", read.Headers.ETag!.Tag, body)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var revealed = await (await manager.PostAsJsonAsync($"/api/v1/customers/{id}/sensitive", new { reason = "核对身份" })).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("陈静怡", put.GetProperty("name").GetString());
        Assert.Equal(body["idNumber"]!.GetValue<string>(), put.GetProperty("idNumber").GetString());
        Assert.Equal(idNumber, revealed.GetProperty("idNumber").GetString());
        Assert.Equal("6222021234567890", revealed.GetProperty("bankAccount").GetString());
    }

    [Fact]
    public async Task A_masked_value_that_is_not_the_stored_one_is_refused_naming_its_field()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var created = await CustomerData.CreateAsync(agent, CustomerData.Person("林峰", "13812340002", CustomerData.ResidentId("33010619900101456")));
        var id = created.GetProperty("id").GetGuid();
        var etag = (await agent.GetAsync($"/api/v1/customers/{id}")).Headers.ETag!.Tag;

        var otherMask = await agent.PutAsync($"/api/v1/customers/{id}", etag, new { type = "Owner", name = "林峰", phones = new[] { "13812340002" }, idNumber = "1101**********1234" });
        var maskedOnCreate = await agent.PostAsJsonAsync("/api/v1/customers", CustomerData.Person("林雨", "13812340003", bankAccount: "6222********0123"));

        await otherMask.ShouldBeValidationProblemForAsync("idNumber");
        await maskedOnCreate.ShouldBeValidationProblemForAsync("bankAccount");
        var after = await (await agent.GetAsync($"/api/v1/customers/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("idNumber").GetString(), after.GetProperty("idNumber").GetString());
    }

    [Fact]
    public async Task A_merge_patch_changes_the_fields_it_names_clears_those_set_to_null_and_keeps_the_rest()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var created = await CustomerData.CreateAsync(agent, new
        {
            type = "Owner", name = "黄磊", phones = new[] { "13812340004" }, email = "hl@example.com",
            idNumber = CustomerData.ResidentId("33010619900101789"), notes = "老业主",
        });
        var id = created.GetProperty("id").GetGuid();
        var etag = (await agent.GetAsync($"/api/v1/customers/{id}")).Headers.ETag!.Tag;

        var patched = await (await agent.MergePatchAsync($"/api/v1/customers/{id}", etag, """{"notes":"已入住","email":null,"vip":true}"""))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("已入住", patched.GetProperty("notes").GetString());
        Assert.Equal(JsonValueKind.Null, patched.GetProperty("email").ValueKind);
        Assert.True(patched.GetProperty("vip").GetBoolean());
        Assert.Equal("黄磊", patched.GetProperty("name").GetString());
        Assert.Equal(["13812340004"], patched.GetProperty("phones").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(created.GetProperty("idNumber").GetString(), patched.GetProperty("idNumber").GetString());
    }

    [Fact]
    public async Task A_merge_patch_answers_like_a_put_when_it_cannot_apply()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var id = (await CustomerData.CreateAsync(agent, CustomerData.Person("郭涛", "13812340005"))).GetProperty("id").GetGuid();
        var url = $"/api/v1/customers/{id}";
        var etag = (await agent.GetAsync(url)).Headers.ETag!.Tag;

        await (await agent.MergePatchAsync(url, null, """{"notes":"x"}""")).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await agent.MergePatchAsync(url, "\"1\"", """{"notes":"x"}""")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await agent.MergePatchAsync(url, etag, """{"notes":"x"}""", "application/json")).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await agent.MergePatchAsync($"/api/v1/customers/{Guid.NewGuid()}", etag, """{"notes":"x"}""")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await agent.MergePatchAsync(url, etag, """{"phones":"13812340005"}""")).ShouldBeValidationProblemForAsync("phones");
        await (await agent.MergePatchAsync(url, etag, """{"phones":["12345"]}""")).ShouldBeValidationProblemForAsync("phones[0]");
        await (await agent.MergePatchAsync(url, etag, """["notes"]""")).ShouldBeValidationProblemForAsync("body");
        var unchanged = await (await agent.GetAsync(url)).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("notes").ValueKind);
    }

    [Fact]
    public async Task A_reveal_without_a_body_names_the_missing_reason()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var id = (await CustomerData.CreateAsync(manager, CustomerData.Person("何静", "13812340006", CustomerData.ResidentId("33010619900101999")))).GetProperty("id").GetGuid();

        var response = await manager.PostAsync($"/api/v1/customers/{id}/sensitive", null);

        await response.ShouldBeValidationProblemForAsync("reason");
    }
}
