using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Organization.Tests;

[Collection(ApiCollection.Name)]
public sealed class PasswordTests(HuiyinApp app) : HuiyinTest(app)
{
    [Theory]
    [InlineData("Short-9x", "password_too_short")]
    [InlineData("my-Li.Ming-account", "password_contains_username")]
    [InlineData("Secret-4711-pass", "password_contains_service_number")]
    [InlineData("QWERTYUIOP", "password_common")]
    [InlineData("Password2026", "password_common")]
    public async Task A_new_account_with_a_password_breaking_the_rule_is_a_400_naming_password_and_is_not_saved(string password, string code)
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username = "li.ming", displayName = "李明", password, roles = new[] { "Agent" }, serviceNumber = "4711",
        });

        await ShouldNamePasswordRuleAsync(response, "password", code);
        await (await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = "li.ming", password }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_person_changes_their_password_with_the_right_current_one_and_signs_in_with_the_new_one_only()
    {
        await App.ProvisionAsync("zhou.yan", StaffRole.Agent);
        var client = await App.SignedInAsAsync("zhou.yan");
        var otherSession = await SignInAsync("zhou.yan", HuiyinApp.Password);

        var wrong = await client.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = "Not-my-pass-1", newPassword = "Lantern-river-88" });
        var weak = await client.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = HuiyinApp.Password, newPassword = "zhou.yan-2026" });
        var changed = await (await client.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = HuiyinApp.Password, newPassword = "Lantern-river-88" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        await ShouldNamePasswordRuleAsync(wrong, "currentPassword", "wrong_current_password");
        await ShouldNamePasswordRuleAsync(weak, "newPassword", "password_contains_username");
        Assert.False(string.IsNullOrEmpty(changed.GetProperty("accessToken").GetString()));
        await (await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = "zhou.yan", password = HuiyinApp.Password }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await SignInAsync("zhou.yan", "Lantern-river-88");
        await (await App.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = otherSession.GetProperty("refreshToken").GetString() }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task After_an_admin_reset_the_person_may_only_change_their_password_and_then_works_again()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var id = await App.ProvisionAsync("wu.fang", StaffRole.Agent);

        var weakReset = await admin.PostAsJsonAsync($"/api/v1/staff/{id}/password-reset", new { temporaryPassword = "1qaz2wsx3edc" });
        var reset = await admin.PostAsJsonAsync($"/api/v1/staff/{id}/password-reset", new { temporaryPassword = "Temporary-key-31" });
        var session = await SignInAsync("wu.fang", "Temporary-key-31");
        var client = Bearer(session);
        var me = await (await client.GetAsync("/api/v1/auth/me")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var blocked = await client.GetAsync("/api/v1/teams");
        var changed = await (await client.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = "Temporary-key-31", newPassword = "Own-choice-kite-7" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        await ShouldNamePasswordRuleAsync(weakReset, "temporaryPassword", "password_common");
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.True(session.GetProperty("user").GetProperty("mustChangePassword").GetBoolean());
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        var problem = await blocked.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("password_change_required", problem.GetProperty("code").GetString());
        Assert.False(changed.GetProperty("user").GetProperty("mustChangePassword").GetBoolean());
        await (await Bearer(changed).GetAsync("/api/v1/teams")).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_staff_managers_reset_passwords()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var id = await App.ProvisionAsync("he.jun", StaffRole.Agent);

        var response = await agent.PostAsJsonAsync($"/api/v1/staff/{id}/password-reset", new { temporaryPassword = "Temporary-key-31" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task ShouldNamePasswordRuleAsync(HttpResponseMessage response, string field, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        await response.ShouldBeValidationProblemForAsync(field);
        Assert.Contains(code, body, StringComparison.Ordinal);
    }

    private async Task<JsonElement> SignInAsync(string username, string password) =>
        await (await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username, password })).ShouldBeJsonAsync(HttpStatusCode.OK);

    private HttpClient Bearer(JsonElement session)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("accessToken").GetString());
        return client;
    }
}
