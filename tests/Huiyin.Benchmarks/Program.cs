using Huiyin.Benchmarks;

// Benchmarks, not tests: each prints its figures (see docs/benchmarks.md).
// Usage: Huiyin.Benchmarks sla-sweep | customer-search [customers] [rounds] | ticket-create [seconds] [clients,…] | ticket-list [tickets] [rounds] | outage-notices [units] | unit-search [sites] [rounds] | callbacks-annual [customers] | callbacks-due-today [callbacks] [rounds] | webhook-delivery [events] | complaint-list [complaints] [rounds] | desk-push [url] [clients] [breaches]
var benchmarks = new Dictionary<string, Func<string[], Task>>
{
    ["sla-sweep"] = _ => SlaSweepBenchmark.RunAsync(),
    ["customer-search"] = CustomerSearchBenchmark.RunAsync,
    ["ticket-create"] = TicketCreateBenchmark.RunAsync,
    ["ticket-list"] = TicketListBenchmark.RunAsync,
    ["outage-notices"] = OutageNoticeBenchmark.RunAsync,
    ["unit-search"] = UnitSearchBenchmark.RunAsync,
    ["callbacks-annual"] = CallbackBenchmarks.AnnualPlanAsync,
    ["callbacks-due-today"] = CallbackBenchmarks.DueTodayAsync,
    ["webhook-delivery"] = WebhookDeliveryBenchmark.RunAsync,
    ["complaint-list"] = ComplaintListBenchmark.RunAsync,
    ["desk-push"] = DeskPushBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine($"Usage: Huiyin.Benchmarks <{string.Join('|', benchmarks.Keys)}> [arguments]");
    return 2;
}

await benchmark(args[1..]);
return 0;
