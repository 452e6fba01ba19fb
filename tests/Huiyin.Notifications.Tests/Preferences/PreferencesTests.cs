using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Notifications.Features.Events;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.TestKit;
using MimeKit;

namespace Huiyin.Notifications.Tests.Preferences;

[Collection(NotificationsCollection.Name)]
public sealed class PreferencesTests(NotificationsApp app) : NotificationsTest(app)
{
    [Fact]
    public async Task Every_kind_is_listed_with_the_defaults_until_changed()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var kinds = await KindsAsync(agent);

        Assert.Equal(10, kinds.Count);
        Assert.All(kinds.Values, k => Assert.True(k.InApp));
        Assert.Equal(["Webhook"], kinds.Where(k => k.Value.Email).Select(k => k.Key));
        Assert.Equal(["Escalation", "Emergency"], kinds.Where(k => k.Value.Sms).Select(k => k.Key));
    }

    [Fact]
    public async Task A_change_keeps_the_kinds_not_listed_and_is_the_callers_own()
    {
        var agent = await ContactedAsync("agent-fang", StaffRole.Agent, "fang@estate.test", "13812345678");
        var other = await App.SignedInAsAsync(StaffRole.Supervisor);

        var changed = await (await agent.PutAsJsonAsync("/api/v1/me/notification-preferences",
            new { kinds = new[] { new { kind = "Outage", inApp = false, email = true, sms = true } } })).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal((false, true, true), Kinds(changed)["Outage"]);
        Assert.Equal((true, false, true), (await KindsAsync(agent))["Escalation"]);
        Assert.Equal((true, false, false), (await KindsAsync(other))["Outage"]);
    }

    [Theory]
    [InlineData("{\"kinds\":[{\"kind\":\"Escalation\",\"inApp\":true,\"email\":true,\"sms\":false}]}", "kinds[0].email")]
    [InlineData("{\"kinds\":[{\"kind\":\"Outage\",\"inApp\":true,\"email\":false,\"sms\":false},{\"kind\":\"Job\",\"inApp\":true,\"email\":false,\"sms\":true}]}", "kinds[1].sms")]
    [InlineData("{\"kinds\":[{\"kind\":\"Gossip\",\"inApp\":true,\"email\":false,\"sms\":false}]}", "kinds[0].kind")]
    [InlineData("{\"kinds\":[{\"kind\":\"Job\",\"inApp\":true,\"email\":false,\"sms\":false},{\"kind\":\"job\",\"inApp\":false,\"email\":false,\"sms\":false}]}", "kinds")]
    public async Task Bad_choices_are_400_naming_the_field_and_change_nothing(string body, string field)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var response = await agent.PutAsync("/api/v1/me/notification-preferences", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblemForAsync(field);
        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.notification_preferences"));
    }

    [Fact]
    public async Task An_escalation_reaches_each_supervisor_by_the_channels_they_chose_and_have_an_address_for()
    {
        var mailOnly = await ContactedAsync("sup-mail", StaffRole.Supervisor, "mail@estate.test", null);
        (await mailOnly.PutAsJsonAsync("/api/v1/me/notification-preferences",
            new { kinds = new[] { new { kind = "Escalation", inApp = false, email = true, sms = false } } })).EnsureSuccessStatusCode();
        var byDefault = await ContactedAsync("sup-default", StaffRole.Supervisor, "default@estate.test", "13900001111");

        var escalated = new SlaEscalated(Guid.CreateVersion7(), SlaWorkType.Ticket, Guid.CreateVersion7(), SlaMetric.Resolution, Guid.CreateVersion7(), 1,
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
        await App.HandleWithAsync<AddToInboxes<SlaEscalated>, SlaEscalated>(escalated);
        await App.HandleWithAsync<MessagePeople<SlaEscalated>, SlaEscalated>(escalated);
        await App.DeliverAsync();

        Assert.Equal(0, await UnreadAsync(mailOnly));
        Assert.Equal(1, await UnreadAsync(byDefault));
        var mail = await MimeMessage.LoadAsync((await App.Mail.ReceivedAsync()).Single());
        Assert.Equal("mail@estate.test", mail.To.Mailboxes.Single().Address);
        Assert.Equal("【回音】已上报至您（第 1 级）：处理完成超时", mail.Subject);
        var text = Assert.Single(App.Sender.Sent);
        Assert.Equal(("13900001111", "已上报至您（第 1 级）：处理完成超时"), (text.Phone, text.Text));
    }

    private async Task<HttpClient> ContactedAsync(string username, StaffRole role, string email, string? mobile)
    {
        await App.ProvisionAsync(username, role);
        var client = await App.SignedInAsAsync(username);
        (await client.PutAsJsonAsync("/api/v1/me/contact", new { email, mobile = mobile ?? "" })).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<Dictionary<string, (bool InApp, bool Email, bool Sms)>> KindsAsync(HttpClient client) =>
        Kinds(await (await client.GetAsync("/api/v1/me/notification-preferences")).ShouldBeJsonAsync(HttpStatusCode.OK));

    private static Dictionary<string, (bool InApp, bool Email, bool Sms)> Kinds(JsonElement preferences) =>
        preferences.GetProperty("kinds").EnumerateArray().ToDictionary(
            k => k.GetProperty("kind").GetString()!,
            k => (k.GetProperty("inApp").GetBoolean(), k.GetProperty("email").GetBoolean(), k.GetProperty("sms").GetBoolean()));

    private static async Task<int> UnreadAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/me/inbox")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("unreadCount").GetInt32();
}
