using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Npgsql;

namespace Huiyin.Benchmarks;

/// <summary>
/// Seeds N complaints (200,000 unless given) by copying one the API registered — 600 a day back over the past year, spread over
/// statuses, severities, categories, validities and 2,000 customers, 5% breached and the open ones with a running deadline, a
/// tenth of them overdue — then times the complaint list with each filter through the HTTP API.
/// </summary>
internal static class ComplaintListBenchmark
{
    private static readonly string[] Statuses = ["Registered", "Investigated", "RemedyProposed", "RemedyDecided", "CarriedOut", "Resolved", "Closed", "Reopened"];
    private static readonly string[] Categories = ["Service", "Fees", "Funds", "Maintenance", "StaffConduct", "Security", "Cleaning", "Greening", "Facilities", "Parking", "Other"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"];

    public static async Task RunAsync(string[] arguments)
    {
        var count = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 200_000;
        var rounds = arguments.Length > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 200;
        var app = new BenchmarkApp();
        await app.StartAsync();
        try
        {
            var manager = await app.SignedInAsAsync(StaffRole.Manager);
            var sample = await RegisterSampleAsync(manager);
            var seeding = Stopwatch.StartNew();
            await SeedAsync(app.ConnectionString, sample, count);
            Console.WriteLine($"Host: {manager.BaseAddress}; seeded {count:N0} complaints in {seeding.Elapsed.TotalSeconds:F0} s");

            var queries = new (string Label, string Path)[]
            {
                ("newest first, no filter", "/api/v1/complaints?limit=50"),
                ("status=Registered", "/api/v1/complaints?limit=50&status=Registered"),
                ("severity=Major", "/api/v1/complaints?limit=50&severity=Major"),
                ("validity=Effective", "/api/v1/complaints?limit=50&validity=Effective"),
                ("category=Fees", "/api/v1/complaints?limit=50&category=Fees"),
                ("ownerRole=Manager", "/api/v1/complaints?limit=50&ownerRole=Manager"),
                ("breached=true", "/api/v1/complaints?limit=50&breached=true"),
                ("overdue=true", "/api/v1/complaints?limit=50&overdue=true"),
                ("customerId=…", $"/api/v1/complaints?limit=50&customerId={SeededGuid(7)}"),
                ("q=number prefix", $"/api/v1/complaints?limit=50&q=C-{DateTime.UtcNow.AddDays(-30):yyyyMMdd}"),
                ("q=part of a name", "/api/v1/complaints?limit=50&q=" + Uri.EscapeDataString("建国77")),
                ("category=Maintenance&status=Registered&overdue=true", "/api/v1/complaints?limit=50&category=Maintenance&status=Registered&overdue=true"),
            };
            Console.WriteLine();
            Console.WriteLine($"| list (GET /api/v1/complaints, limit 50) over {count:N0} | requests | p50 ms | p95 ms | max ms | mean rows |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var (label, path) in queries)
            {
                var result = await Measure.RunAsync(manager, _ => path, rounds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {rounds} | {result.P50:F1} | {result.P95:F1} | {result.Max:F1} | {result.MeanHits:F1} |"));
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await app.StopAsync();
        }
    }

    private static async Task<Guid> RegisterSampleAsync(HttpClient manager)
    {
        var customer = await (await manager.PostAsJsonAsync("/api/v1/customers",
            new { type = "Owner", name = "王建国", phones = new[] { "13800138000" } })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var complaint = await (await manager.PostAsJsonAsync("/api/v1/complaints", new
        {
            channel = "Phone", customerId = customer.GetProperty("id").GetGuid(), category = "Service", targetKind = "Department",
            targetDepartment = "工程部", description = "报修三天没人上门，电话也没人回",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        return complaint.GetProperty("id").GetGuid();
    }

    /// <summary>The same deterministic ids the seeding SQL computes from a number (md5 of it, as a uuid).</summary>
    private static Guid SeededGuid(int n) =>
        Guid.Parse(Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.ASCII.GetBytes(n.ToString(CultureInfo.InvariantCulture)))));

    private static async Task SeedAsync(string connectionString, Guid sample, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        string Array(IEnumerable<string> values) => $"ARRAY[{string.Join(",", values.Select(v => $"'{v}'"))}]";
        const string open = "g % 8 NOT IN (5, 6)";
        var insert = await TemplateCopy.InsertAsync(connection, "complaints", "complaints",
            $"complaints.complaints t, generate_series(1, {count}) g WHERE t.id = '{sample}'",
            new Dictionary<string, string>
            {
                ["id"] = "gen_random_uuid()",
                ["number"] = "'C-' || to_char(current_date - (1 + g / 600), 'YYYYMMDD') || '-' || lpad((600 - g % 600)::text, 4, '0')",
                ["status"] = $"({Array(Statuses)})[1 + g % 8]",
                ["category"] = $"({Array(Categories)})[1 + (g / 8) % 11]",
                ["severity"] = "(ARRAY['General','General','General','General','Important','Important','Major'])[1 + (g / 3) % 7]",
                ["validity"] = "(ARRAY['Undetermined','Effective','Effective','HelpSeeking','Enquiry'])[1 + (g / 5) % 5]",
                ["customer_id"] = "md5((g % 2000)::text)::uuid",
                ["customer_name"] = $"({Array(Surnames)})[1 + g % 10] || '建国' || (g % 2000)::text",
                ["created_at"] = "now() - make_interval(days => 1 + g / 600)",
                ["breached"] = "g % 20 = 7",
                ["next_due_at"] = $"CASE WHEN {open} THEN now() + make_interval(hours => CASE WHEN g % 10 = 4 THEN -3 ELSE 20 END) END",
                ["next_due_metric"] = $"CASE WHEN {open} THEN 'Resolution' END",
            });
        await using (var command = new NpgsqlCommand(insert, connection) { CommandTimeout = 0 })
        {
            await command.ExecuteNonQueryAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE complaints.complaints", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync();
    }
}
