using Testcontainers.PostgreSql;

namespace Huiyin.TestKit.Postgres;

/// <summary>PostgreSQL 15 in a container, for machines with a Docker engine.</summary>
internal sealed class ContainerServer(PostgreSqlContainer container) : PostgresServer
{
    public override string AdminConnectionString { get; } = container.GetConnectionString();

    public override string Description => "Testcontainers postgres:15-alpine";

    public static async Task<PostgresServer> StartContainerAsync()
    {
        var container = new PostgreSqlBuilder("postgres:15-alpine")
            .WithCommand("-c", "fsync=off", "-c", "max_connections=300")
            .Build();
        await container.StartAsync();
        return new ContainerServer(container);
    }

    public override ValueTask DisposeAsync() => container.DisposeAsync();
}
