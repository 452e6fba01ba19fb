using System.Diagnostics;

namespace Huiyin.TestKit.Postgres;

/// <summary>
/// A throwaway cluster from the machine's PostgreSQL binaries on a free loopback port, removed at the end.
/// PostgreSQL refuses to run as root, so under root it runs as the <c>postgres</c> system user. A test that needs the
/// server to go away (<see cref="ShutDownAsync"/>, <see cref="StartUpAsync"/>) starts a cluster of its own, so that other
/// test assemblies sharing a server never notice.
/// </summary>
public sealed class LocalCluster : PostgresServer
{
    private readonly string _directory;
    private readonly int _port;
    private readonly Func<string[], string[]> _asServerUser;

    private LocalCluster(string directory, int port, Func<string[], string[]> asServerUser)
    {
        _directory = directory;
        _port = port;
        _asServerUser = asServerUser;
    }

    public override string AdminConnectionString =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Maximum Pool Size=50;Include Error Detail=true";

    public override string Description => $"local cluster on port {_port}";

    private string Settings =>
        $"-p {_port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";

    /// <summary>Shuts the server down as an administrator's restart does: every session is ended (57P01) and new ones are refused.</summary>
    public Task ShutDownAsync() => PgCtlAsync("-m", "fast", "-w", "stop");

    /// <summary>Starts the stopped server again on the same port and data, returning once it accepts connections.</summary>
    public Task StartUpAsync() =>
        PgCtlAsync("-o", Settings, "-l", Path.Combine(_directory, "server.log"), "-w", "start");

    public static async Task<LocalCluster> StartClusterAsync()
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

        await RunAsync(asServerUser([Path.Combine(binaries, "initdb"), "-D", directory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]));
        var cluster = new LocalCluster(directory, LoopbackPort.Free(), asServerUser);
        await cluster.StartUpAsync();
        return cluster;
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await PgCtlAsync("-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private Task PgCtlAsync(params string[] arguments) =>
        RunAsync(_asServerUser([Path.Combine(FindBinaries(), "pg_ctl"), "-D", _directory, .. arguments]));

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
