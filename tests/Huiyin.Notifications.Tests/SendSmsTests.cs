using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Contracts;

namespace Huiyin.Notifications.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class SendSmsTests(NotificationsApp app) : NotificationsTest(app)
{
    internal static SendSms Apology(string phone = "+86 138-1234-5678", Guid? ticketId = null, string subject = "厨房漏水") =>
        new(phone, SmsTemplates.UnreachableApology, new Dictionary<string, string> { ["customerName"] = "王", ["subject"] = subject }, "Ticket", ticketId ?? Guid.NewGuid());

    [Fact]
    public async Task Sending_records_one_queued_message_with_the_s1_text_and_delivery_marks_it_sent()
    {
        var sent = await App.SendAsync(Apology());

        Assert.Equal(1L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages WHERE status = 'Queued' AND attempts = 0"));
        Assert.Equal(1L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outbox_messages"));
        Assert.Empty(App.Sender.Sent);

        await App.DeliverAsync();
        await App.DeliverAsync();

        var delivered = Assert.Single(App.Sender.Sent);
        Assert.Equal((sent.Value, "13812345678"), (delivered.MessageId, delivered.Phone));
        Assert.Equal(
            "王先生/女士您好，我是回音物业的工作人员，今日接到您关于厨房漏水的来电后，想与您取得联系，但您电话一直无法接通，请您收到短信后与我联系，或致电客服热线400-800-8888。抱歉打扰您，祝您生活愉快。",
            delivered.Text);
        Assert.Equal(1L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages WHERE status = 'Sent' AND attempts = 1 AND sent_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_value_the_caller_gives_wins_over_the_configured_one_unless_it_is_blank()
    {
        var values = new Dictionary<string, string> { ["customerName"] = "李", ["subject"] = "电梯", ["company"] = "东区物业", ["hotline"] = " " };

        await App.SendAsync(Apology() with { Values = values });

        var text = await App.ScalarAsync<string>("SELECT text FROM notifications.outgoing_messages");
        Assert.Contains("我是东区物业的工作人员", text);
        Assert.Contains("客服热线400-800-8888。", text);
    }

    [Theory]
    [InlineData("12345", "unreachable-apology", "phone")]
    [InlineData("13812345678", "no-such-template", "templateKey")]
    [InlineData("13812345678", "unreachable-apology", "values.subject")]
    public async Task A_bad_request_is_a_validation_failure_naming_the_field_and_records_nothing(string phone, string template, string field)
    {
        var result = await App.SendAsync(new SendSms(phone, template, new Dictionary<string, string> { ["customerName"] = "王" }));

        Assert.Equal(ErrorKind.Validation, result.Error.Kind);
        Assert.Contains(field, result.Error.FieldErrors!.Keys);
        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages"));
        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outbox_messages"));
    }

    [Fact]
    public async Task A_failing_sender_leaves_the_message_queued_with_the_attempt_counted_and_the_outbox_retries_it()
    {
        App.Sender.FailNext(1);
        await App.SendAsync(Apology());

        await App.DeliverAsync();

        Assert.Empty(App.Sender.Sent);
        Assert.Equal(1L, await App.ScalarAsync<long>(
            "SELECT count(*) FROM notifications.outgoing_messages WHERE status = 'Queued' AND attempts = 1 AND last_error LIKE '%gateway is unavailable%'"));
        Assert.Equal(1, await App.ScalarAsync<int>("SELECT attempts FROM notifications.outbox_messages"));

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.DeliverAsync();

        Assert.Single(App.Sender.Sent);
        Assert.Equal(1L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages WHERE status = 'Sent' AND attempts = 2 AND last_error IS NULL"));
    }
}
