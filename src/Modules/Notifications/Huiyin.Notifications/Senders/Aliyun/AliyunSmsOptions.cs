namespace Huiyin.Notifications.Senders.Aliyun;

/// <summary>
/// Alibaba Cloud SMS (section <c>Sms:Aliyun</c>, used when <c>Sms:Provider</c> is <c>Aliyun</c>): the AccessKey of a RAM user
/// allowed to send, the approved sign name, and for each template key of this product the provider's approved template code.
/// </summary>
internal sealed class AliyunSmsOptions
{
    public const string Section = "Sms:Aliyun";

    public string AccessKeyId { get; set; } = "";

    public string AccessKeySecret { get; set; } = "";

    /// <summary>The approved sign name (短信签名), shown in brackets before each text.</summary>
    public string SignName { get; set; } = "";

    public Uri Endpoint { get; set; } = new("https://dysmsapi.aliyuncs.com/");

    public string RegionId { get; set; } = "cn-hangzhou";

    /// <summary>Template key (<c>outage-started</c>, <c>inbox.escalated</c>) → approved template code (<c>SMS_123456789</c>).</summary>
    public Dictionary<string, string> Templates { get; set; } = [];

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
