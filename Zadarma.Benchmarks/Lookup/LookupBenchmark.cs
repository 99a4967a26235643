using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Zadarma.Core.Directory;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;

namespace Zadarma.Benchmarks.Lookup;

/// <summary>
/// Caller lookup by phone with N clients in SQLite: exact E.164 hits, suffix-only hits and misses,
/// through the same directory the webhooks use.
/// </summary>
public static class LookupBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var clients = Arguments.Int(args, "clients", 1_000_000);
        var lookups = Arguments.Int(args, "lookups", 20_000);
        var folder = Path.Combine(Path.GetTempPath(), $"zadarma-lookup-{clients}");

        var factory = await BenchmarkDatabase.OpenAsync(folder);
        await SyntheticClients.FillAsync(folder, clients);

        var settings = new SettingsStore(factory);
        var directory = new BuiltInCrmDirectory(factory, settings);
        var random = new Random(7);

        // Warm the page cache and the pools, as a running app would be.
        for (var i = 0; i < 1000; i++)
            await directory.FindClientsByPhoneAsync(SyntheticClients.Number(random.Next(clients)));

        await MeasureAsync("exact ", lookups, () => directory.FindClientsByPhoneAsync(SyntheticClients.Number(random.Next(clients))), expectHit: true);
        await MeasureAsync("suffix", lookups, () => directory.FindClientsByPhoneAsync(SyntheticClients.ForeignSpelling(random.Next(clients))), expectHit: true);
        await MeasureAsync("miss  ", lookups, () => directory.FindClientsByPhoneAsync(SyntheticClients.Number(clients + random.Next(1_000_000))), expectHit: false);
        return 0;
    }

    private static async Task MeasureAsync(string name, int count, Func<Task<IReadOnlyList<DirectoryClient>>> lookup, bool expectHit)
    {
        var latency = new Latency();
        var wrong = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var found = await lookup();
            latency.Add(Stopwatch.GetElapsedTime(started));
            if ((found.Count > 0) != expectHit)
                wrong++;
        }
        Console.WriteLine($"{name}: {latency.Summary()} throughput={count / total.Elapsed.TotalSeconds:0} lookups/s unexpected={wrong}");
    }
}
