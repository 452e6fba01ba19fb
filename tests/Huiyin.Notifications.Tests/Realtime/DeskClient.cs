using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Huiyin.Notifications.Tests.Realtime;

/// <summary>A SignalR client of the desk hub as the browser connects: over a WebSocket, the token in the query.</summary>
internal sealed class DeskClient : IAsyncDisposable
{
    private readonly Channel<JsonElement> _pushes = Channel.CreateUnbounded<JsonElement>();
    private readonly HubConnection _connection;

    private DeskClient(Uri host, string? token)
    {
        var url = new Uri(host, token is null ? "/hubs/desk" : $"/hubs/desk?access_token={Uri.EscapeDataString(token)}");
        _connection = new HubConnectionBuilder()
            .WithUrl(url, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .Build();
        _connection.On<JsonElement>("inbox", item => _pushes.Writer.TryWrite(item));
    }

    public static async Task<DeskClient> ConnectAsync(Uri host, string? token)
    {
        var client = new DeskClient(host, token);
        await client._connection.StartAsync();
        return client;
    }

    /// <summary>The next push, or a failure naming how long it waited.</summary>
    public async Task<JsonElement> NextPushAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(10));
        try
        {
            return await _pushes.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No push within {within ?? TimeSpan.FromSeconds(10)}.");
        }
    }

    public bool HasPushes => _pushes.Reader.Count > 0;

    public Task DisconnectAsync() => _connection.StopAsync();

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
