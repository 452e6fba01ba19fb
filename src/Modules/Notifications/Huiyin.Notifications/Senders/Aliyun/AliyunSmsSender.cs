using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Huiyin.Notifications.Senders.Aliyun;

/// <summary>
/// Sends through Alibaba Cloud SMS (<c>SendSms</c>, API version 2017-05-25): the message's template key mapped to the approved
/// template code, its values as the template parameters, the request signed with the AccessKey. Anything but <c>Code: OK</c>
/// throws, so that delivery is retried and in the end parked; the answer's BizId is the receipt.
/// </summary>
internal sealed class AliyunSmsSender(HttpClient http, IOptions<AliyunSmsOptions> options, TimeProvider clock) : ISmsSender
{
    public async Task<string?> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Templates.TryGetValue(message.TemplateKey, out var templateCode))
        {
            throw new InvalidOperationException($"No Alibaba Cloud template code is configured for '{message.TemplateKey}' (Sms:Aliyun:Templates).");
        }

        var query = AliyunSignature.CanonicalQuery(new Dictionary<string, string>
        {
            ["AccessKeyId"] = settings.AccessKeyId,
            ["Action"] = "SendSms",
            ["Format"] = "JSON",
            ["OutId"] = message.Id.ToString("N"),
            ["PhoneNumbers"] = message.Phone,
            ["RegionId"] = settings.RegionId,
            ["SignName"] = settings.SignName,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = Guid.NewGuid().ToString(),
            ["SignatureVersion"] = "1.0",
            ["TemplateCode"] = templateCode,
            ["TemplateParam"] = JsonSerializer.Serialize(message.Values),
            ["Timestamp"] = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["Version"] = "2017-05-25",
        });
        var signature = AliyunSignature.Sign("POST", query, settings.AccessKeySecret);
        var body = new StringContent($"Signature={AliyunSignature.PercentEncode(signature)}&{query}", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await http.PostAsync(settings.Endpoint, body, cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<SendSmsAnswer>(cancellationToken);
        if (!response.IsSuccessStatusCode || answer?.Code != "OK")
        {
            throw new InvalidOperationException($"Alibaba Cloud SMS refused the message ({(int)response.StatusCode}): {answer?.Code} {answer?.Message}");
        }

        return answer.BizId;
    }

    private sealed record SendSmsAnswer(string? Code, string? Message, string? BizId, string? RequestId);
}
