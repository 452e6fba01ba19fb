using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.Storage;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class HostTests(HuiyinApp app) : HuiyinTest(app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_signing_in(string path)
    {
        var response = await App.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_names_every_operation_and_both_security_schemes()
    {
        var document = await (await App.CreateClient().GetAsync("/swagger/v1/swagger.json")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => op.Value))
            .ToList();
        Assert.All(operations, op => Assert.False(string.IsNullOrEmpty(op.GetProperty("operationId").GetString())));
        var ids = operations.Select(op => op.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("Login", ids);
        Assert.Contains("CreateApiClient", ids);
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_hangfire_dashboard_is_for_admins_only()
    {
        var anonymous = await App.CreateClient().GetAsync("/hangfire");
        var agent = await (await App.SignedInAsAsync(StaffRole.Agent)).GetAsync("/hangfire");
        var admin = await (await App.SignedInAsAsync(StaffRole.Admin)).GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("Huiyin", await admin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_browser_reaches_the_dashboard_with_the_admins_token_in_the_dashboard_cookie_and_nowhere_else()
    {
        var adminToken = await AccessTokenOfAsync(StaffRole.Admin);
        var agentToken = await AccessTokenOfAsync(StaffRole.Agent);

        var admin = await GetWithDashboardCookieAsync("/hangfire", adminToken);
        var agent = await GetWithDashboardCookieAsync("/hangfire", agentToken);
        var api = await GetWithDashboardCookieAsync("/api/v1/staff", adminToken);

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        await api.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <remarks>
    /// Hangfire's own registration hands each host whatever its process-wide storage holds at that moment, so two hosts
    /// starting together (the suite's and the outage test's) could end up sharing the one whose database goes away.
    /// </remarks>
    [Fact]
    public async Task Each_host_keeps_its_own_job_storage_and_activator_and_none_is_process_wide()
    {
        var storage = App.Services.GetRequiredService<JobStorage>();

        await using var replica = App.StartReplica(new Dictionary<string, string?>());
        var replicaStorage = replica.Services.GetRequiredService<JobStorage>();

        Assert.NotSame(storage, replicaStorage);
        Assert.NotSame(App.Services.GetRequiredService<JobActivator>(), replica.Services.GetRequiredService<JobActivator>());
        Assert.NotSame(ProcessWideJobStorage(), replicaStorage);
        Assert.NotSame(ProcessWideJobStorage(), storage);
        Assert.Equal(HttpStatusCode.OK, (await (await App.SignedInAsAsync(StaffRole.Admin)).GetAsync("/hangfire")).StatusCode);
    }

    private static JobStorage? ProcessWideJobStorage()
    {
        try
        {
            return JobStorage.Current;
        }
        catch (InvalidOperationException)
        {
            return null; // never set
        }
    }

    [Fact]
    public void The_modules_recurring_jobs_are_registered_with_their_schedules()
    {
        using var storage = App.Services.GetRequiredService<JobStorage>().GetConnection();

        var jobs = storage.GetRecurringJobs().ToDictionary(job => job.Id, job => job.Cron);

        Assert.Equal("*/10 * * * * *", jobs["sla:sweep"]);
        Assert.True(jobs.ContainsKey("organization:purge-refresh-tokens"));
    }

    [Fact]
    public async Task Parked_outbox_messages_are_shown_to_admins_only()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);

        var list = await (await admin.GetAsync("/api/v1/system/outbox/parked")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var retryUnknown = await admin.PostAsync($"/api/v1/system/outbox/parked/organization/{Guid.NewGuid()}/retry", null);

        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
        await retryUnknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await manager.GetAsync("/api/v1/system/outbox/parked")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_bootstrap_admin_can_be_provisioned_and_provisioning_is_idempotent()
    {
        var first = await App.ProvisionAsync("first.admin", StaffRole.Admin);
        var again = await App.ProvisionAsync("First.Admin", StaffRole.Admin);

        var admin = await App.SignedInAsAsync("first.admin");
        var me = await (await admin.GetAsync("/api/v1/auth/me")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(first, again);
        Assert.Equal(first, me.GetProperty("id").GetGuid());
    }

    private async Task<string> AccessTokenOfAsync(StaffRole role)
    {
        var client = await App.SignedInAsAsync(role);
        return client.DefaultRequestHeaders.Authorization!.Parameter!;
    }

    private Task<HttpResponseMessage> GetWithDashboardCookieAsync(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"huiyin_dashboard={token}");
        return App.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task An_api_client_cannot_read_a_staff_profile_at_me()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "ERP", scopes = new[] { OrganizationPermissions.StaffRead } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", created.GetProperty("key").GetString());

        await (await client.GetAsync("/api/v1/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
