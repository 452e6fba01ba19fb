using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Organization.Tests;

[Collection(ApiCollection.Name)]
public sealed class SignInTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_correct_password_returns_tokens_and_the_user_with_the_permissions_of_their_roles()
    {
        await App.ProvisionAsync("wang.fang", StaffRole.Supervisor);

        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = "Wang.Fang", password = HuiyinApp.Password });

        var session = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(session.GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(session.GetProperty("refreshToken").GetString()));
        Assert.Equal(15 * 60, session.GetProperty("expiresIn").GetInt32());
        var user = session.GetProperty("user");
        Assert.Equal("wang.fang", user.GetProperty("username").GetString());
        Assert.Equal(["Supervisor"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var permissions = user.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains(OrganizationPermissions.StaffRead, permissions);
        Assert.DoesNotContain(OrganizationPermissions.StaffManage, permissions);
        Assert.Equal(permissions.Order(StringComparer.Ordinal), permissions);
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_problem_that_does_not_say_which_part_was_wrong()
    {
        await App.ProvisionAsync("li.na", StaffRole.Agent);
        var client = App.CreateClient();

        var wrongPassword = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "li.na", password = "Wrong-pass-1" });
        var unknownUser = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "nobody", password = "Wrong-pass-1" });

        var first = await wrongPassword.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var second = await unknownUser.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(first.GetProperty("detail").GetString(), second.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_password()
    {
        await App.ProvisionAsync("zhang.wei", StaffRole.Manager);
        var client = App.CreateClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "zhang.wei", password = $"Wrong-{attempt}x" });
            await failed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        var fifth = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "zhang.wei", password = "Wrong-5x" });
        var locked = await fifth.ShouldBeProblemAsync(HttpStatusCode.Locked);
        Assert.True(locked.TryGetProperty("lockedUntil", out _));

        var rightButLocked = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "zhang.wei", password = HuiyinApp.Password });
        await rightButLocked.ShouldBeProblemAsync(HttpStatusCode.Locked);

        App.Clock.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "zhang.wei", password = HuiyinApp.Password });
        await stillLocked.ShouldBeProblemAsync(HttpStatusCode.Locked);

        App.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var unlocked = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "zhang.wei", password = HuiyinApp.Password });
        await unlocked.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_successful_sign_in_clears_earlier_failures()
    {
        await App.ProvisionAsync("chen.jing", StaffRole.Executive);
        var client = App.CreateClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "chen.jing", password = "Wrong-pass-1" });
        }

        await (await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "chen.jing", password = HuiyinApp.Password })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var afterOneMoreFailure = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "chen.jing", password = "Wrong-pass-1" });

        await afterOneMoreFailure.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_missing_username_or_password_is_a_400_naming_the_field()
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = "someone" });

        var messages = await response.ShouldBeValidationProblemForAsync("password");
        Assert.Contains("Enter your password.", messages);
    }

    [Fact]
    public async Task Me_returns_the_signed_in_staff_member()
    {
        var client = await App.SignedInAsAsync(StaffRole.Admin);

        var me = await (await client.GetAsync("/api/v1/auth/me")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("test-admin", me.GetProperty("username").GetString());
        Assert.Contains(OrganizationPermissions.StaffManage, me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }
}
