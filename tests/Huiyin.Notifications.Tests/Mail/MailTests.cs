using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Features.Events;
using Huiyin.Notifications.Senders;
using Huiyin.Organization.Contracts;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Huiyin.Notifications.Tests.Mail;

[Collection(NotificationsCollection.Name)]
public sealed class MailTests(NotificationsApp app) : NotificationsTest(app)
{
    [Fact]
    public async Task The_smtp_sender_delivers_subject_body_and_attachment_to_the_mail_server()
    {
        var workbook = "PK\u0003\u0004 月报"u8.ToArray();
        var sender = App.Services.GetRequiredService<IEmailSender>();

        await sender.SendAsync(Guid.CreateVersion7(), new EmailMessage("manager@estate.test", "十一月服务月报", "附件是本月的服务报表。",
            [new EmailAttachment("月报-2026-11.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook)]), CancellationToken.None);

        var received = await LoadAsync((await App.Mail.ReceivedAsync()).Single());
        Assert.Equal("manager@estate.test", received.To.Mailboxes.Single().Address);
        Assert.Equal("desk@huiyin.test", received.From.Mailboxes.Single().Address);
        Assert.Equal("十一月服务月报", received.Subject);
        Assert.Equal("附件是本月的服务报表。", received.TextBody?.Trim());
        var attachment = (MimePart)received.Attachments.Single();
        Assert.Equal("月报-2026-11.xlsx", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal(workbook, content.ToArray());
    }

    [Fact]
    public async Task A_disabled_webhook_is_mailed_to_each_admin_with_an_address_and_the_message_is_recorded_sent()
    {
        await App.ProvisionWithEmailAsync("admin-li", StaffRole.Admin, "li@estate.test");
        await App.ProvisionAsync("admin-no-mail", StaffRole.Admin);
        await App.ProvisionWithEmailAsync("agent-he", StaffRole.Agent, "he@estate.test");

        await RaiseAsync(Disabled("https://crm.example.com/hooks"));
        await App.DeliverAsync();

        var received = await LoadAsync((await App.Mail.ReceivedAsync()).Single());
        Assert.Equal("li@estate.test", received.To.Mailboxes.Single().Address);
        Assert.Equal("【回音】Webhook 端点已停用（Gone）：https://crm.example.com/hooks", received.Subject);
        Assert.StartsWith("Webhook 端点已停用（Gone）：https://crm.example.com/hooks", received.TextBody);
        Assert.Equal(1L, await App.ScalarAsync<long>(
            "SELECT count(*) FROM notifications.outgoing_messages WHERE channel = 'Email' AND status = 'Sent' AND attempts = 1 AND email_address = 'li@estate.test'"));
    }

    [Fact]
    public async Task A_refused_email_stays_queued_with_the_servers_answer_and_is_retried_by_the_outbox()
    {
        await App.ProvisionWithEmailAsync("admin-refused", StaffRole.Admin, "refuse-me@estate.test");

        await RaiseAsync(Disabled("https://crm.example.com/gone"));
        await App.DeliverAsync();

        Assert.Equal(1L, await App.ScalarAsync<long>(
            "SELECT count(*) FROM notifications.outgoing_messages WHERE status = 'Queued' AND attempts = 1 AND last_error LIKE '%Mailbox unavailable%'"));
        Assert.Equal(1L, await App.ScalarAsync<long>(
            "SELECT count(*) FROM notifications.outbox_messages WHERE processed_at IS NULL AND attempts = 1"));
        Assert.Empty(Directory.GetFiles(App.Mail.Folder));
    }

    private Task RaiseAsync(WebhookEndpointDisabled disabled) => App.HandleWithAsync<MessagePeople<WebhookEndpointDisabled>, WebhookEndpointDisabled>(disabled);

    private static WebhookEndpointDisabled Disabled(string url) => new(Guid.CreateVersion7(), url, "staff:admin", "Gone", DateTimeOffset.UtcNow);

    private static async Task<MimeMessage> LoadAsync(string path) => await MimeMessage.LoadAsync(path);
}
