using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Organization.Tests;

[Collection(ApiCollection.Name)]
public sealed class ApiKeyTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_key_with_the_needed_scope_is_let_in_and_one_without_it_gets_403()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var reader = await CreateClientKeyAsync(admin, "物业ERP", OrganizationPermissions.StaffRead);
        var other = await CreateClientKeyAsync(admin, "门禁系统", OrganizationPermissions.TeamsManage);

        var allowed = await WithKey(reader).GetAsync("/api/v1/staff");
        var refused = await WithKey(other).GetAsync("/api/v1/staff");

        await allowed.ShouldBeJsonAsync(HttpStatusCode.OK);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains(OrganizationPermissions.StaffRead, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_or_revoked_key_is_a_401_problem()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "报表系统", scopes = new[] { OrganizationPermissions.StaffRead } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var key = created.GetProperty("key").GetString()!;

        await (await admin.PostAsync($"/api/v1/api-clients/{created.GetProperty("id").GetGuid()}/revoke", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        await (await WithKey(key).GetAsync("/api/v1/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await WithKey("hy_not-a-real-key").GetAsync("/api/v1/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_key_is_shown_once_and_stored_only_as_a_hash()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "微信公众号", scopes = new[] { OrganizationPermissions.StaffRead } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var key = created.GetProperty("key").GetString()!;

        var list = await (await admin.GetAsync("/api/v1/api-clients")).ShouldBeJsonAsync(HttpStatusCode.OK);
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM organization.api_clients WHERE key_hash = @key OR key_prefix = @key";
        command.Parameters.AddWithValue("key", key);

        Assert.StartsWith("hy_", key);
        Assert.DoesNotContain(key, list.ToString());
        Assert.Equal(key[..10], list.GetProperty("items")[0].GetProperty("keyPrefix").GetString());
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Unknown_scopes_are_refused_with_the_field_named()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "x", scopes = new[] { "everything" } });

        var messages = await response.ShouldBeValidationProblemForAsync("scopes[0]");
        Assert.Contains("'everything' is not a scope", messages[0]);
    }

    [Fact]
    public async Task Only_admins_manage_api_clients()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);

        var response = await manager.PostAsJsonAsync("/api/v1/api-clients", new { name = "x", scopes = new[] { OrganizationPermissions.StaffRead } });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<string> CreateClientKeyAsync(HttpClient admin, string name, string scope)
    {
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name, scopes = new[] { scope } })).ShouldBeJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("key").GetString()!;
    }

    private HttpClient WithKey(string key)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
