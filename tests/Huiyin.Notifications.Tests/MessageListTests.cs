using System.Net;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Features.Events;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Notifications.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class MessageListTests(NotificationsApp app) : NotificationsTest(app)
{
    [Fact]
    public async Task Supervisors_see_messages_newest_first_with_phones_masked_but_for_the_last_four_digits()
    {
        var ticket = Guid.NewGuid();
        await App.SendAsync(SendSmsTests.Apology("13812345678", ticket, subject: "漏水"));
        await App.SendAsync(SendSmsTests.Apology("13900001111", ticket, subject: "停电"));
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);

        var page = await (await supervisor.GetAsync("/api/v1/notifications/messages")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["*******1111", "*******5678"], items.Select(m => m.GetProperty("phone").GetString()));
        Assert.All(items, m => Assert.Equal("Queued", m.GetProperty("status").GetString()));
        Assert.All(items, m => Assert.Equal(ticket, m.GetProperty("relatedItemId").GetGuid()));
        Assert.Contains("停电", items[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task E_mails_are_listed_beside_texts_with_their_channel_subject_and_address_masked()
    {
        await App.ProvisionWithEmailAsync("admin-li", StaffRole.Admin, "lina@estate.test");
        await App.SendAsync(SendSmsTests.Apology("13812345678"));
        await App.HandleWithAsync<MessagePeople<WebhookEndpointDisabled>, WebhookEndpointDisabled>(
            new WebhookEndpointDisabled(Guid.CreateVersion7(), "https://crm.example.com/hooks", "staff:admin", "Gone", DateTimeOffset.UtcNow));
        var admin = await App.SignedInAsAsync("admin-li");

        var page = await (await admin.GetAsync("/api/v1/notifications/messages")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([("Email", "l***@estate.test"), ("Sms", "*******5678")], items.Select(m => (m.GetProperty("channel").GetString(), m.GetProperty("recipient").GetString())));
        Assert.Contains("https://crm.example.com/hooks", items[0].GetProperty("subject").GetString());
        Assert.DoesNotContain("lina@", page.ToString());
    }

    [Fact]
    public async Task The_list_filters_by_item_and_status_and_pages_with_a_cursor()
    {
        var ticket = Guid.NewGuid();
        await App.SendAsync(SendSmsTests.Apology(ticketId: ticket));
        await App.SendAsync(SendSmsTests.Apology(ticketId: ticket));
        await App.SendAsync(SendSmsTests.Apology());
        await App.DeliverAsync();
        await App.SendAsync(SendSmsTests.Apology(ticketId: ticket));
        var manager = await App.SignedInAsAsync(StaffRole.Manager);

        var sent = await (await manager.GetAsync($"/api/v1/notifications/messages?relatedItemId={ticket}&status=sent&limit=1")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var next = sent.GetProperty("nextCursor").GetString();
        var rest = await (await manager.GetAsync($"/api/v1/notifications/messages?relatedItemId={ticket}&status=Sent&limit=1&cursor={next}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Single(sent.GetProperty("items").EnumerateArray());
        Assert.Single(rest.GetProperty("items").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rest.GetProperty("nextCursor").ValueKind);
        Assert.NotEqual(sent.GetProperty("items")[0].GetProperty("id").GetGuid(), rest.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_unknown_status_is_a_400_naming_it()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);

        await (await manager.GetAsync("/api/v1/notifications/messages?status=Lost")).ShouldBeValidationProblemForAsync("status");
    }

    [Fact]
    public async Task Agents_may_not_read_the_messages() =>
        await (await (await App.SignedInAsAsync(StaffRole.Agent)).GetAsync("/api/v1/notifications/messages")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

    [Theory]
    [InlineData(StaffRole.Agent, "")]
    [InlineData(StaffRole.Technician, "")]
    [InlineData(StaffRole.Supervisor, "notifications:read")]
    [InlineData(StaffRole.Manager, "notifications:read")]
    [InlineData(StaffRole.Executive, "notifications:read")]
    [InlineData(StaffRole.Admin, "notifications:manage notifications:read")]
    public async Task Each_role_holds_its_notification_permissions(StaffRole role, string expected)
    {
        var me = await (await (await App.SignedInAsAsync(role)).GetAsync("/api/v1/auth/me")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var held = me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).Where(p => p.StartsWith("notifications:", StringComparison.Ordinal));
        Assert.Equal(expected, string.Join(' ', held));
    }
}
