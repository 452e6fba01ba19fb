using System.Diagnostics;
using System.Globalization;
using Huiyin.Organization.Contracts;
using Npgsql;

namespace Huiyin.Benchmarks;

/// <summary>
/// Seeds N tickets (1,000,000 unless given) by copying one the API created — spread over statuses, priorities,
/// categories, 2,000 customers, 50 technicians, a year of intake and 10% breached — then times the list with
/// filters through the HTTP API.
/// </summary>
internal static class TicketListBenchmark
{
    private static readonly string[] Statuses = ["New", "Contacted", "Assigned", "Scheduled", "InProgress", "Pending", "Resolved", "Closed", "Reopened", "Cancelled"];
    private static readonly string[] Categories = ["Plumbing", "Electrical", "Hvac", "Lift", "Gas", "Cleaning", "Security", "Greening", "Appliance", "Other"];

    public static async Task RunAsync(string[] arguments)
    {
        var count = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 1_000_000;
        var rounds = arguments.Length > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 200;
        var app = new BenchmarkApp();
        await app.StartAsync();
        try
        {
            var agent = await app.SignedInAsAsync(StaffRole.Supervisor);
            var template = await TicketTemplate.CreateAsync(agent);
            var sample = await template.PostAsync(agent);
            var seeding = Stopwatch.StartNew();
            await SeedAsync(app.ConnectionString, sample, count);
            Console.WriteLine($"Host: {agent.BaseAddress}; seeded {count:N0} tickets in {seeding.Elapsed.TotalSeconds:F0} s");

            var customer = SeededGuid(7);
            var technician = SeededGuid(1_000_000 + 2);
            var queries = new (string Label, string Path)[]
            {
                ("newest first, no filter", "/api/v1/tickets?limit=50"),
                ("status=New,Contacted", "/api/v1/tickets?limit=50&status=New,Contacted"),
                ("status=InProgress&priority=High", "/api/v1/tickets?limit=50&status=InProgress&priority=High"),
                ("breached=true", "/api/v1/tickets?limit=50&breached=true"),
                ("followUpDue=true", "/api/v1/tickets?limit=50&followUpDue=true"),
                ("category=Lift&unassigned=true", "/api/v1/tickets?limit=50&category=Lift&unassigned=true"),
                ("customerId=…", $"/api/v1/tickets?limit=50&customerId={customer}"),
                ("assigneeId=… (a technician's jobs)", $"/api/v1/tickets?limit=50&assigneeId={technician}&status=Assigned,Scheduled,InProgress"),
                ("search=number", "/api/v1/tickets?limit=50&search=L000000500000"),
            };
            Console.WriteLine();
            Console.WriteLine($"| list (GET /api/v1/tickets, limit 50) over {count:N0} | requests | p50 ms | p95 ms | max ms | mean rows |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var (label, path) in queries)
            {
                var result = await Measure.RunAsync(agent, _ => path, rounds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {rounds} | {result.P50:F1} | {result.P95:F1} | {result.Max:F1} | {result.MeanHits:F1} |"));
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await app.StopAsync();
        }
    }

    /// <summary>The same deterministic ids the seeding SQL computes from a number (md5 of it, as a uuid).</summary>
    private static Guid SeededGuid(int n) =>
        Guid.Parse(Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.ASCII.GetBytes(n.ToString(CultureInfo.InvariantCulture)))));

    private static async Task SeedAsync(string connectionString, Guid sample, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var statuses = string.Join(",", Statuses.Select(s => $"'{s}'"));
        var categories = string.Join(",", Categories.Select(c => $"'{c}'"));
        var insert = await TemplateCopy.InsertAsync(connection, "tickets", "tickets",
            $"tickets.tickets t, generate_series(1, {count}) g WHERE t.id = '{sample}'",
            new Dictionary<string, string>
            {
                ["id"] = "gen_random_uuid()",
                ["number"] = "'L' || lpad(g::text, 12, '0')",
                ["status"] = $"(ARRAY[{statuses}])[1 + g % 10]",
                ["category"] = $"(ARRAY[{categories}])[1 + (g / 10) % 10]",
                ["priority"] = "(ARRAY['Low','Normal','Normal','High','Urgent'])[1 + (g / 7) % 5]",
                ["customer_id"] = "md5((g % 2000)::text)::uuid",
                ["technician_ids"] = "CASE WHEN g % 10 IN (2, 3, 4, 5) THEN ARRAY[md5((1000000 + g % 50)::text)::uuid] ELSE '{}'::uuid[] END",
                ["created_at"] = "now() - make_interval(secs => g * 31.0)",
                ["updated_at"] = "now() - make_interval(secs => g * 31.0)",
                ["last_contact_at"] = "CASE WHEN g % 10 = 0 THEN NULL ELSE now() - make_interval(secs => g * 31.0) END",
                ["deadlines_first_contact_breached"] = "g % 10 = 3",
                ["deadlines_resolution_breached"] = "g % 20 = 7",
            });
        await using (var command = new NpgsqlCommand(insert, connection) { CommandTimeout = 0 })
        {
            await command.ExecuteNonQueryAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE tickets.tickets", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync();
    }
}
