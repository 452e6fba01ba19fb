using System.Diagnostics;

namespace Huiyin.TestKit;

/// <summary>
/// A throwaway Redis from Debian's <c>redis-server</c> package, on a free loopback port, in memory only, stopped by its
/// process id at the end. Missing binaries fail the test with what to install: a test that needs Redis never skips.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const string Binary = "/usr/bin/redis-server";

    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing: install Debian's redis-server package (apt-get install redis-server); deploy/test.sh does.");
        }

        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var server = new RedisServer(Process.Start(start)!, port);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await LoopbackPort.WaitUntilListeningAsync(server._process, port, "redis-server");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
