using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit.Postgres;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Respawn;
using Respawn.Graph;
using Xunit;

namespace Huiyin.TestKit;

/// <summary>
/// The whole host over real HTTP (in-process) against a real PostgreSQL database created for this test
/// run. Share it through a collection fixture and call <see cref="ResetAsync"/> before each test.
/// </summary>
public class HuiyinApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-pass-2026";
    public const string SigningKey = "test-signing-key-that-is-long-enough-0123456789";
    public const string CustomersEncryptionKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private PostgresServer? _server;
    private Respawner? _respawner;

    public string ConnectionString { get; private set; } = "";

    public TestClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        _server = await StartServerAsync();
        ConnectionString = await _server.CreateDatabaseAsync("huiyin_test");
        StartServer(); // starts the host (in memory, or on Kestrel when asked): migrations run now, once for the run
        await using var connection = await OpenConnectionAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToExclude = ["hangfire"],
            // The Data Protection key ring stays: hosts cache it, and a key emptied away under them would make what they protected unreadable.
            TablesToIgnore = [new Table("__ef_migrations_history"), new Table("notifications", "data_protection_keys")],
        });
    }

    /// <summary>
    /// Empties every module's tables, puts the clock back to real time, and runs the modules' start-up tasks
    /// again, so each test starts like a fresh installation (with its default SLA policies, say).
    /// </summary>
    public async Task ResetAsync()
    {
        Clock.Reset();
        await EmptyTablesAsync();
        await RunStartupTasksAsync();
    }

    /// <summary>Runs the start-up tasks (migrations aside) as a restarted host does.</summary>
    public async Task RunStartupTasksAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
        {
            await task.RunAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Truncates every module's tables. The host's outbox dispatcher may be delivering an event at that moment,
    /// holding its claim while a handler writes to another module's tables; the truncate would then wait on the
    /// claim while the handler waits behind the truncate. So the truncate gives up after a second and tries again
    /// a little later, once the handler has finished.
    /// </summary>
    private async Task EmptyTablesAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var connection = await OpenConnectionAsync();
            await using (var timeout = new NpgsqlCommand("SET lock_timeout = '1s'", connection))
            {
                await timeout.ExecuteNonQueryAsync();
            }

            try
            {
                await _respawner!.ResetAsync(connection);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    /// <summary>The server this run's database lives on; an app that must stop it starts its own (<see cref="LocalCluster"/>).</summary>
    protected virtual Task<PostgresServer> StartServerAsync() => PostgresServer.StartAsync();

    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="act"/> while another session (the desk's own background work, say) holds <paramref name="change"/>
    /// made but not committed, and commits it once a statement of <paramref name="act"/> waits for it: what <paramref name="act"/>
    /// read is then older than the rows it saves over.
    /// </summary>
    public async Task<T> WhileAnotherSessionChangesAsync<T>(string change, Func<Task<T>> act)
    {
        await using var other = await OpenConnectionAsync();
        await using var meanwhile = await other.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(change, other))
        {
            await command.ExecuteNonQueryAsync();
        }

        var acting = act();
        await WaitUntilBlockedByAsync(other.ProcessID);
        await meanwhile.CommitAsync();
        return await acting;
    }

    /// <summary>Waits until some statement waits for a lock the given database session holds (30 s at most).</summary>
    private async Task WaitUntilBlockedByAsync(int processId)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var connection = await OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE @pid = ANY(pg_blocking_pids(pid))", connection);
        command.Parameters.AddWithValue("pid", processId);
        while ((long)(await command.ExecuteScalarAsync(patience.Token))! == 0)
        {
            await Task.Delay(20, patience.Token);
        }
    }

    /// <summary>Makes sure a staff member exists (password <see cref="Password"/>) and returns their id.</summary>
    public async Task<Guid> ProvisionAsync(string username, params StaffRole[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new ProvisionStaffMember(username, $"Test {username}", Password, roles));
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error.Message);
    }

    /// <summary>An HTTP client signed in as a staff member holding <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignedInAsAsync(StaffRole role)
    {
        var username = $"test-{role.ToString().ToLowerInvariant()}";
        await ProvisionAsync(username, role);
        return await SignedInAsAsync(username);
    }

    public async Task<HttpClient> SignedInAsAsync(string username)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password = Password });
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>Starts a second host on Kestrel against this app's database, with its settings and the given changes.</summary>
    public HuiyinReplica StartReplica(IReadOnlyDictionary<string, string?> changes)
    {
        var settings = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        return new HuiyinReplica(settings);
    }

    /// <summary>Settings of the host under test; a derived app can change them (a stricter rate limit, say).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Huiyin"] = ConnectionString,
        ["Auth:SigningKey"] = SigningKey,
        ["Customers:EncryptionKey"] = CustomersEncryptionKey,
        ["Seed:Demo"] = "false",
        ["RateLimiting:SignInPermitsPerMinute"] = "100000",
        ["Hangfire:WorkerCount"] = "1",
        ["Outbox:PollInterval"] = "00:00:01",
        ["Webhooks:AllowPrivateTargets"] = "true",
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };

    /// <summary>Clients ask for English by default, the language the tests assert; a test of zh-CN asks for it.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_server is not null)
        {
            await _server.DropDatabaseAsync(ConnectionString);
            await _server.DisposeAsync();
        }
    }
}
