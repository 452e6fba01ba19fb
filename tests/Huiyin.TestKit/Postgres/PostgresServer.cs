using Npgsql;

namespace Huiyin.TestKit.Postgres;

/// <summary>
/// A PostgreSQL server for one test run, found in this order: the connection string in <c>HUIYIN_TEST_DB</c>;
/// a Testcontainers container when a Docker engine answers; a throwaway local cluster (initdb/pg_ctl).
/// </summary>
public abstract class PostgresServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "HUIYIN_TEST_DB";

    private static readonly TimeSpan DatabaseCommandTimeout = TimeSpan.FromMinutes(3);

    /// <summary>A superuser connection to the server's <c>postgres</c> database.</summary>
    public abstract string AdminConnectionString { get; }

    public abstract string Description { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new ExistingServer(configured);
        }

        if (DockerEngine.Answers())
        {
            try
            {
                return await ContainerServer.StartContainerAsync();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Console.Error.WriteLine($"Testcontainers could not start PostgreSQL ({e.Message}); using a local cluster instead.");
            }
        }

        return await LocalCluster.StartClusterAsync();
    }

    /// <summary>Creates an empty database for this test run and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        await ExecuteAsAdminAsync($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsAdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>
    /// Dropping a database waits for a forced checkpoint: with every test project writing to the one server at once,
    /// that has outlasted a command's usual 30 seconds. Creating one gets the same allowance.
    /// </summary>
    private async Task ExecuteAsAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = (int)DatabaseCommandTimeout.TotalSeconds };
        await command.ExecuteNonQueryAsync();
    }

    public abstract ValueTask DisposeAsync();

    private sealed class ExistingServer(string connectionString) : PostgresServer
    {
        public override string AdminConnectionString => connectionString;

        public override string Description => $"{EnvironmentVariable}";

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
