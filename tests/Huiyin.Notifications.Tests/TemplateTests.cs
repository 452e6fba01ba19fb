using System.Net;
using System.Net.Http.Json;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.Notifications.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Notifications.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class TemplateTests(NotificationsApp app) : NotificationsTest(app)
{
    private const string Apology = "/api/v1/notifications/templates/" + SmsTemplates.UnreachableApology;

    [Fact]
    public async Task Admins_see_the_seeded_templates_and_the_placeholders_they_may_use()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var list = await (await admin.GetAsync("/api/v1/notifications/templates")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var templates = list.GetProperty("items").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!);
        Assert.Equal([SmsTemplates.Notice, SmsTemplates.OutageRestored, SmsTemplates.OutageStarted, SmsTemplates.ReportReceipt, SmsTemplates.UnreachableApology], templates.Keys.Order());
        Assert.Equal(["title", "scope", "estimatedRestoration"],
            templates[SmsTemplates.OutageStarted].GetProperty("placeholders").EnumerateArray().Select(p => p.GetString()));
        var template = templates[SmsTemplates.UnreachableApology];
        Assert.StartsWith("{customerName}先生/女士您好", template.GetProperty("body").GetString());
        Assert.Equal(["customerName", "subject", "company", "hotline"], template.GetProperty("placeholders").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_reworded_template_is_used_for_the_next_message_and_survives_the_start_up_seeding()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await PutAsync(admin, "{customerName}您好，{company}就{subject}联系您未果，请回电{hotline}。", await ETagAsync(admin));
        await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        await RunStartupTasksAsync();
        await App.SendAsync(SendSmsTests.Apology());

        Assert.Equal("王您好，回音物业就厨房漏水联系您未果，请回电400-800-8888。", await App.ScalarAsync<string>("SELECT text FROM notifications.outgoing_messages"));
    }

    [Theory]
    [InlineData("{customerName}您好，您的房号是{unitNumber}")]
    [InlineData("{customerName}您好，请回电{hotline")]
    [InlineData("")]
    public async Task A_body_with_an_unknown_or_unclosed_placeholder_or_nothing_is_a_400_on_body(string body)
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await (await PutAsync(admin, body, await ETagAsync(admin))).ShouldBeValidationProblemForAsync("body");
    }

    [Fact]
    public async Task A_body_over_500_characters_is_a_400_on_body()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await (await PutAsync(admin, new string('字', 501), await ETagAsync(admin))).ShouldBeValidationProblemForAsync("body");
    }

    [Fact]
    public async Task A_change_needs_the_etag_and_an_existing_template()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await (await PutAsync(admin, "{customerName}您好", etag: null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await PutAsync(admin, "{customerName}您好", "\"1\"", "/api/v1/notifications/templates/nothing")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_admins_manage_templates()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);

        await (await manager.GetAsync("/api/v1/notifications/templates")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await PutAsync(manager, "{customerName}您好", "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<string> ETagAsync(HttpClient client) =>
        (await client.GetAsync(Apology)).Headers.ETag!.Tag;

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string body, string? etag, string path = Apology)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(new { body }) };
        if (etag is not null)
        {
            request.Headers.IfMatch.ParseAdd(etag);
        }

        return client.SendAsync(request);
    }

    private async Task RunStartupTasksAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
        {
            await task.RunAsync(CancellationToken.None);
        }
    }
}
