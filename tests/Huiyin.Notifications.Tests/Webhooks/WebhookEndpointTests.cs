using System.Net;
using System.Net.Http.Json;
using Huiyin.Notifications.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Notifications.Tests.Webhooks;

[Collection(NotificationsCollection.Name)]
public sealed class WebhookEndpointTests(NotificationsApp app) : WebhookTest(app)
{
    [Fact]
    public async Task Creating_answers_the_secret_once_and_later_reads_never_show_it()
    {
        var (id, secret) = await SubscribeAsync("ticket.created", "sla.breached");
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var read = await (await admin.GetAsync($"/api/v1/webhooks/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.StartsWith("whsec_", secret);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("secret").ValueKind);
        Assert.Equal(["ticket.created", "sla.breached"], read.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.True(read.GetProperty("enabled").GetBoolean());
        Assert.DoesNotContain(secret[6..], await App.ScalarAsync<string>("SELECT protected_secret FROM notifications.webhook_endpoints"));
        Assert.True(await App.ScalarAsync<long>("SELECT count(*) FROM notifications.data_protection_keys") > 0, "The key ring is kept in the database, shared by every host.");
    }

    [Fact]
    public async Task An_unknown_event_name_is_a_400_naming_its_place()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = Receiver.Url, events = new[] { "ticket.created", "ticket.exploded" } });

        await response.ShouldBeValidationProblemForAsync("events[1]");
    }

    [Theory]
    [InlineData("ftp://example.com/hooks")]
    [InlineData("/relative/hooks")]
    [InlineData("https://user:pass@example.com/hooks")]
    public async Task A_url_that_is_not_absolute_http_is_a_400_naming_url(string url)
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "ticket.created" } });

        await response.ShouldBeValidationProblemForAsync("url");
    }

    [Fact]
    public async Task Without_the_setting_a_private_target_is_refused_at_registration()
    {
        await using var strict = App.WithWebHostBuilder(builder => builder.UseSetting("Webhooks:AllowPrivateTargets", "false"));
        var admin = strict.CreateClient();
        admin.DefaultRequestHeaders.Authorization = (await App.SignedInAsAsync(StaffRole.Admin)).DefaultRequestHeaders.Authorization;

        foreach (var url in new[] { "http://127.0.0.1:9/hooks", "http://localhost/hooks", "http://10.0.0.8/hooks", "http://[::1]/hooks", "http://169.254.169.254/latest" })
        {
            var response = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "ticket.created" } });
            await response.ShouldBeValidationProblemForAsync("url");
        }
    }

    [Fact]
    public async Task Roles_without_the_permission_are_forbidden()
    {
        foreach (var role in new[] { StaffRole.Agent, StaffRole.Supervisor, StaffRole.Manager })
        {
            var client = await App.SignedInAsAsync(role);
            await (await client.PostAsJsonAsync("/api/v1/webhooks", new { url = Receiver.Url, events = new[] { "ticket.created" } }))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await (await client.GetAsync("/api/v1/webhooks")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task An_api_client_sees_and_manages_only_its_own_endpoints()
    {
        var (adminsOwn, _) = await SubscribeAsync("ticket.created");
        var first = await ApiClientAsync("crm");
        var second = await ApiClientAsync("erp");
        var created = await (await first.PostAsJsonAsync("/api/v1/webhooks", new { url = Receiver.Url, events = new[] { "ticket.closed" } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var firstsOwn = created.GetProperty("id").GetGuid();

        var firstList = await (await first.GetAsync("/api/v1/webhooks")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var secondList = await (await second.GetAsync("/api/v1/webhooks")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var adminList = await (await (await App.SignedInAsAsync(StaffRole.Admin)).GetAsync("/api/v1/webhooks")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal([firstsOwn], firstList.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        Assert.Empty(secondList.GetProperty("items").EnumerateArray());
        Assert.Equal(2, adminList.GetProperty("items").GetArrayLength());
        await (await second.GetAsync($"/api/v1/webhooks/{firstsOwn}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await second.DeleteAsync($"/api/v1/webhooks/{firstsOwn}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await first.PostAsync($"/api/v1/webhooks/{adminsOwn}/rotate-secret", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Disabling_twice_or_enabling_an_enabled_endpoint_is_a_409()
    {
        var (id, _) = await SubscribeAsync("ticket.created");
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await (await admin.PostAsync($"/api/v1/webhooks/{id}/enable", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var disabled = await (await admin.DeleteAsync($"/api/v1/webhooks/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await admin.DeleteAsync($"/api/v1/webhooks/{id}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var enabled = await (await admin.PostAsync($"/api/v1/webhooks/{id}/enable", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.False(disabled.GetProperty("enabled").GetBoolean());
        Assert.Equal("ByOwner", disabled.GetProperty("disabledReason").GetString());
        Assert.True(enabled.GetProperty("enabled").GetBoolean());
    }

    private async Task<HttpClient> ApiClientAsync(string name)
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name, scopes = new[] { NotificationsPermissions.WebhooksManage } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", created.GetProperty("key").GetString());
        return client;
    }
}
