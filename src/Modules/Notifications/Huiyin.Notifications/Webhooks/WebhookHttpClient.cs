using System.Net;
using System.Net.Sockets;
using Huiyin.Notifications.Domain.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Huiyin.Notifications.Webhooks;

/// <summary>
/// The named HTTP client deliveries go through. It checks the address it actually connects to, after DNS resolution,
/// so a name that resolved to a public address when the endpoint was registered cannot later point inside the network.
/// </summary>
internal static class WebhookHttpClient
{
    public const string Name = "webhooks";

    public static void AddWebhookHttpClient(this IServiceCollection services) =>
        services.AddHttpClient(Name, (provider, client) => client.Timeout = provider.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectCallback = (context, cancellationToken) =>
                    ConnectAsync(context.DnsEndPoint, provider.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateTargets, cancellationToken),
            });

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint target, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(target.Host, cancellationToken);
        var allowed = addresses.Where(address => allowPrivate || !TargetAddress.IsPrivate(address)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"{target.Host} resolves to no address a webhook may reach.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, target.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
