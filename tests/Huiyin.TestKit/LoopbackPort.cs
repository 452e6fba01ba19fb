using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Huiyin.TestKit;

public static class LoopbackPort
{
    /// <summary>A TCP port free on 127.0.0.1 at the moment of asking.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits up to 10 s for a server process started by a test to accept connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task WaitUntilListeningAsync(Process process, int port, string name)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(50))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited at start ({process.ExitCode}).");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"{name} did not listen on 127.0.0.1:{port} within 10 s.");
    }
}
