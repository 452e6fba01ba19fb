using Huiyin.TestKit.Postgres;

namespace Huiyin.Notifications.Tests.Sms;

/// <summary>The notifications host with Alibaba Cloud SMS switched on, pointed at a gateway of its own on loopback.</summary>
public sealed class AliyunApp : NotificationsApp
{
    public AliyunGateway Gateway { get; private set; } = null!;

    protected override bool RecordsTexts => false;

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings)
        {
            ["Sms:Provider"] = "Aliyun",
            ["Sms:Aliyun:AccessKeyId"] = AliyunGateway.AccessKeyId,
            ["Sms:Aliyun:AccessKeySecret"] = AliyunGateway.AccessKeySecret,
            ["Sms:Aliyun:SignName"] = "回音物业",
            ["Sms:Aliyun:Endpoint"] = Gateway.Url,
            ["Sms:Aliyun:Templates:unreachable-apology"] = "SMS_464120001",
        };

    protected override async Task<PostgresServer> StartServerAsync()
    {
        Gateway = await AliyunGateway.StartAsync();
        return await base.StartServerAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AliyunCollection : ICollectionFixture<AliyunApp>
{
    public const string Name = "Alibaba Cloud SMS";
}
