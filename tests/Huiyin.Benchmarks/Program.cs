using Huiyin.Benchmarks;

// Benchmarks, not tests: each prints its figures. Usage: dotnet run -c Release --project tests/Huiyin.Benchmarks -- sla-sweep
var benchmarks = new Dictionary<string, Func<Task>>
{
    ["sla-sweep"] = SlaSweepBenchmark.RunAsync,
};

if (args.Length != 1 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine($"Usage: Huiyin.Benchmarks <{string.Join('|', benchmarks.Keys)}>");
    return 2;
}

await benchmark();
return 0;
