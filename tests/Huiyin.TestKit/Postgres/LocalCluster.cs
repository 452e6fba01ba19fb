using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Huiyin.TestKit.Postgres;

/// <summary>
/// A throwaway cluster from the machine's PostgreSQL binaries on a free loopback port, removed at the end.
/// PostgreSQL refuses to run as root, so under root it runs as the <c>postgres</c> system user.
/// </summary>
internal sealed class LocalCluster(string directory, int port, Func<string[], string[]> asServerUser) : PostgresServer
{
    public override string AdminConnectionString { get; } =
        $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Maximum Pool Size=50;Include Error Detail=true";

    public override string Description => $"local cluster on port {port}";

    public static async Task<PostgresServer> StartClusterAsync()
    {
        var binaries = FindBinaries();
        var directory = Directory.CreateTempSubdirectory("huiyin-pg-").FullName;
        Func<string[], string[]> asServerUser = Environment.UserName == "root"
            ? command => ["runuser", "-u", "postgres", "--", .. command]
            : command => command;
        if (Environment.UserName == "root")
        {
            await RunAsync(["chown", "postgres", directory]);
        }

        var port = FreePort();
        await RunAsync(asServerUser([Path.Combine(binaries, "initdb"), "-D", directory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]));
        var settings = $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        await RunAsync(asServerUser([Path.Combine(binaries, "pg_ctl"), "-D", directory, "-o", settings, "-l", Path.Combine(directory, "server.log"), "-w", "start"]));
        return new LocalCluster(directory, port, asServerUser);
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(asServerUser([Path.Combine(FindBinaries(), "pg_ctl"), "-D", directory, "-m", "immediate", "-w", "stop"]));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string FindBinaries()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var version) ? version : 0)
                .FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            $"No PostgreSQL server binaries found under /usr/lib/postgresql. Install Debian's postgresql package, set {EnvironmentVariable}, or run a Docker engine.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        command[1..].ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} failed ({process.ExitCode}): {await errors}{await output}");
        }
    }
}
