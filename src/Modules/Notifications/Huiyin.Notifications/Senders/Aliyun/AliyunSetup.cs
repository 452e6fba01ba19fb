using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Huiyin.Notifications.Senders.Aliyun;

internal static class AliyunSetup
{
    /// <summary>The SMS sender chosen by <c>Sms:Provider</c>: <c>Aliyun</c>, or the logging sender when absent.</summary>
    public static IServiceCollection AddSmsSender(this IServiceCollection services, IConfiguration configuration)
    {
        if (!string.Equals(configuration["Sms:Provider"], "Aliyun", StringComparison.OrdinalIgnoreCase))
        {
            return services.AddSingleton<ISmsSender, LoggingSmsSender>();
        }

        services.Configure<AliyunSmsOptions>(configuration.GetSection(AliyunSmsOptions.Section));
        services.AddHttpClient<ISmsSender, AliyunSmsSender>()
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<AliyunSmsOptions>>().Value.Timeout);
        return services;
    }
}
