using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

[Collection(ApiCollection.Name)]
public sealed class BadInputTests(HuiyinApp app) : HuiyinTest(app)
{
    [Theory]
    [InlineData("12345", "phones[0]")]
    [InlineData("1381234567x", "phones[0]")]
    [InlineData("23812345678", "phones[0]")]
    public async Task An_invalid_phone_is_a_400_naming_it(string phone, string field)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var response = await agent.PostAsJsonAsync("/api/v1/customers", CustomerData.Person("郑好", phone));

        await response.ShouldBeValidationProblemForAsync(field);
    }

    [Fact]
    public async Task An_id_number_with_a_wrong_check_character_is_a_400_on_id_number()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var response = await agent.PostAsJsonAsync("/api/v1/customers", CustomerData.Person("郑好", "13912345678", CustomerData.WrongChecksum("44030519800615203")));

        var messages = await response.ShouldBeValidationProblemForAsync("idNumber");
        Assert.Contains("GB 11643-1999", messages[0]);
    }

    [Fact]
    public async Task An_organisation_takes_a_unified_social_credit_code_not_a_resident_id()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var good = await agent.PostAsJsonAsync("/api/v1/customers", new { type = "Enterprise", name = "杭州某某科技有限公司", phones = new[] { "0571-87654321" }, idNumber = "91330106MA27XL4N5F" });
        var bad = await agent.PostAsJsonAsync("/api/v1/customers", new { type = "Merchant", name = "某某超市", phones = new[] { "0571-87654322" }, idNumber = "91330106MA27XL4N5G" });

        await good.ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);
        await bad.ShouldBeValidationProblemForAsync("idNumber");
    }

    [Fact]
    public async Task Unknown_type_bad_bank_account_email_and_account_manager_are_each_named()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var unknownType = await agent.PostAsJsonAsync("/api/v1/customers", new { type = "Alien", name = "甲", phones = new[] { "13912340000" } });
        var response = await agent.PostAsJsonAsync("/api/v1/customers", new { type = "Owner", name = "", phones = Array.Empty<string>(), bankAccount = "12ab", email = "not-an-email" });
        var unknownManager = await agent.PostAsJsonAsync("/api/v1/customers", new { type = "Owner", name = "甲", phones = new[] { "13912340000" }, accountManagerId = Guid.NewGuid() });

        Assert.Equal(["'type' must be one of: Owner, Resident, Tenant, Merchant, Enterprise."], await unknownType.ShouldBeValidationProblemForAsync("type"));
        var problem = await response.ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToHashSet();
        Assert.Equal(new HashSet<string> { "name", "phones", "bankAccount", "email" }, fields);
        await unknownManager.ShouldBeValidationProblemForAsync("accountManagerId");
    }

    [Theory]
    [InlineData("""{"name":"甲","phones":["13912340000"]}""")]
    [InlineData("""{"type":null,"name":"甲","phones":["13912340000"]}""")]
    [InlineData("""{"type":0,"name":"甲","phones":["13912340000"]}""")]
    public async Task A_missing_null_or_numeric_type_is_named_and_nothing_is_saved(string body)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var response = await agent.PostAsync("/api/v1/customers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblemForAsync("type");
        var list = await (await agent.GetAsync("/api/v1/customers")).ShouldBeJsonAsync(System.Net.HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Bad_list_filters_are_400s_naming_them()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        await (await agent.GetAsync("/api/v1/customers?type=Alien")).ShouldBeValidationProblemForAsync("type");
        await (await agent.GetAsync("/api/v1/customers?tier=4")).ShouldBeValidationProblemForAsync("tier");
        await (await agent.GetAsync("/api/v1/customers?cursor=nonsense")).ShouldBeValidationProblemForAsync("cursor");
    }
}
