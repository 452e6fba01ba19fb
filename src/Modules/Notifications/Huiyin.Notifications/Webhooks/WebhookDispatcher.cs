using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huiyin.Notifications.Webhooks;

/// <summary>Runs a dispatch pass every <see cref="WebhookOptions.PollInterval"/> on every host; the claim keeps hosts apart.</summary>
internal sealed class WebhookDispatcher(WebhookDispatch dispatch, TimeProvider clock, IOptions<WebhookOptions> options, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await dispatch.DispatchDueAsync(stoppingToken) > 0)
                {
                }

                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "A webhook dispatch pass failed; trying again after {Interval}", options.Value.PollInterval);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
