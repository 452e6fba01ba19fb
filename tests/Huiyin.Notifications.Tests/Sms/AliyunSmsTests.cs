using System.Text.Json;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Senders.Aliyun;

namespace Huiyin.Notifications.Tests.Sms;

[Collection(AliyunCollection.Name)]
public sealed class AliyunSmsTests : NotificationsTest
{
    private readonly AliyunApp _app;

    public AliyunSmsTests(AliyunApp app)
        : base(app)
    {
        _app = app;
        app.Gateway.Reset();
    }

    [Fact]
    public async Task A_text_goes_as_a_signed_send_sms_request_with_the_template_code_and_values_and_the_receipt_is_kept()
    {
        await App.SendAsync(SendSmsTests.Apology(phone: "+86 138-1234-5678", subject: "厨房漏水 & 墙面*渗水"));
        await App.DeliverAsync();

        var request = Assert.Single(_app.Gateway.Received);
        Assert.True(request.SignatureValid);
        var sent = request.Parameters;
        Assert.Equal(("SendSms", "2017-05-25", "HMAC-SHA1", "1.0"), (sent["Action"], sent["Version"], sent["SignatureMethod"], sent["SignatureVersion"]));
        Assert.Equal((AliyunGateway.AccessKeyId, "回音物业", "SMS_464120001", "13812345678"),
            (sent["AccessKeyId"], sent["SignName"], sent["TemplateCode"], sent["PhoneNumbers"]));
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(sent["TemplateParam"])!;
        Assert.Equal(("王", "厨房漏水 & 墙面*渗水", "400-800-8888"), (values["customerName"], values["subject"], values["hotline"]));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", sent["Timestamp"]);
        Assert.Equal(1L, await App.ScalarAsync<long>(
            $"SELECT count(*) FROM notifications.outgoing_messages WHERE status = 'Sent' AND provider_reference LIKE '%^0' AND replace(id::text, '-', '') = '{sent["OutId"]}'"));
    }

    [Fact]
    public void The_gateway_refuses_a_request_signed_with_another_secret()
    {
        var parameters = new Dictionary<string, string> { ["Action"] = "SendSms", ["SignatureNonce"] = "1" };
        parameters["Signature"] = AliyunSignature.Sign(
            "POST", AliyunSignature.CanonicalQuery(parameters), "another-secret");

        Assert.False(AliyunGateway.IsSignedBySecret(parameters, AliyunGateway.AccessKeySecret));
        Assert.True(AliyunGateway.IsSignedBySecret(parameters, "another-secret"));
    }

    [Fact]
    public async Task A_refusal_leaves_the_text_queued_with_the_providers_code_and_the_retry_sends_it()
    {
        _app.Gateway.RefuseNext("isv.BUSINESS_LIMIT_CONTROL");
        await App.SendAsync(SendSmsTests.Apology());
        await App.DeliverAsync();

        Assert.Equal(1L, await App.ScalarAsync<long>(
            "SELECT count(*) FROM notifications.outgoing_messages WHERE status = 'Queued' AND attempts = 1 AND last_error LIKE '%isv.BUSINESS_LIMIT_CONTROL%'"));

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.DeliverAsync();

        Assert.Equal(2, _app.Gateway.Received.Count);
        Assert.Equal(1L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages WHERE status = 'Sent' AND attempts = 2"));
    }

    [Fact]
    public async Task A_template_without_a_provider_code_is_not_sent_and_says_which_key_lacks_one()
    {
        await App.SendAsync(new SendSms("13812345678", SmsTemplates.OutageStarted,
            new Dictionary<string, string> { ["title"] = "3 号楼停水", ["scope"] = "3 号楼", ["estimatedRestoration"] = "18:00" }));
        await App.DeliverAsync();

        Assert.Empty(_app.Gateway.Received);
        Assert.Equal(1L, await App.ScalarAsync<long>(
            "SELECT count(*) FROM notifications.outgoing_messages WHERE status = 'Queued' AND attempts = 1 AND last_error LIKE '%outage-started%'"));
    }
}
