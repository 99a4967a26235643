using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Persistence;
using Zadarma.Core.Routing;
using Zadarma.Core.Settings;
using Zadarma.Core.Webhooks;

namespace Zadarma.Benchmarks.Routing;

/// <summary>
/// The NOTIFY_START routing decision with N clients, each with a responsible manager who has an extension:
/// the in-memory index's load time and memory, the decision's latency in process, and optionally the whole
/// signed HTTP round trip against an app running on the same database.
/// </summary>
public static class RoutingBenchmark
{
    private const int Managers = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var clients = Arguments.Int(args, "clients", 1_000_000);
        var decisions = Arguments.Int(args, "decisions", 20_000);
        var folder = Path.Combine(Path.GetTempPath(), $"zadarma-routing-{clients}");

        var factory = await BenchmarkDatabase.OpenAsync(folder);
        await SyntheticClients.FillAsync(folder, clients, Managers);
        Console.WriteLine($"Database: {Path.Combine(folder, "zadarma.db")} (run the app with DataPath={folder} for the HTTP figures)");

        var settings = new SettingsStore(factory);
        var directory = new RoutingDirectory(factory,
            new ClientStore(factory, settings, TimeProvider.System, NullLogger<ClientStore>.Instance),
            new EmployeeStore(factory, NullLogger<EmployeeStore>.Instance),
            new ExtensionStore(factory, TimeProvider.System, NullLogger<ExtensionStore>.Instance),
            settings, NullLogger<RoutingDirectory>.Instance);
        await settings.GetAsync();

        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetBefore = Process.GetCurrentProcess().WorkingSet64;
        var load = Stopwatch.StartNew();
        await directory.LoadAsync();
        load.Stop();
        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetAfter = Process.GetCurrentProcess().WorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index: {directory.ClientCount:N0} clients loaded in {load.Elapsed.TotalSeconds:0.00} s, managed memory +{(memoryAfter - memoryBefore) / 1048576.0:0} MB, working set +{(workingSetAfter - workingSetBefore) / 1048576.0:0} MB (now {workingSetAfter / 1048576.0:0} MB)"));

        var routing = new ResponsibleManagerRouting(directory, new Callers(directory, new BuiltInCrmDirectory(factory, settings)), settings, NullLogger<ResponsibleManagerRouting>.Instance);
        var random = new Random(7);
        await MeasureAsync(routing, "known  ", decisions, () => SyntheticClients.Number(random.Next(clients)).E164, expectRoute: true);
        await MeasureAsync(routing, "suffix ", decisions, () => SyntheticClients.ForeignSpelling(random.Next(clients)).E164, expectRoute: true);
        await MeasureAsync(routing, "unknown", decisions, () => SyntheticClients.Number(clients + random.Next(1_000_000)).E164, expectRoute: false);

        if (Arguments.Get(args, "url") is { } url)
            return await RoundTripAsync(new Uri(new Uri(url), "/exec/Zadarma.notify"), args, clients, random);
        return 0;
    }

    private static async Task MeasureAsync(ResponsibleManagerRouting routing, string name, int count, Func<string> caller, bool expectRoute)
    {
        // Built before the clock starts: the PBX hands the app a parsed form, not a phone number to invent.
        var starts = Enumerable.Range(0, count + 1000).Select(i => Start($"in_route_{i}", caller().TrimStart('+'))).ToList();
        foreach (var start in starts.Take(1000))
            await routing.DecideAsync(start, default);

        var latency = new Latency();
        var unexpected = 0;
        foreach (var start in starts.Skip(1000))
        {
            var started = Stopwatch.GetTimestamp();
            var reply = await routing.DecideAsync(start, default);
            latency.Add(Stopwatch.GetElapsedTime(started));
            if ((reply?.Redirect is not null) != expectRoute)
                unexpected++;
        }
        Console.WriteLine($"decide {name}: {latency.Summary()} unexpected={unexpected}");
    }

    private static WebhookEvent Start(string pbxCallId, string caller)
    {
        KeyValuePair<string, string>[] fields =
        [
            new("event", "NOTIFY_START"), new("call_start", "2024-01-15 10:00:00"), new("pbx_call_id", pbxCallId),
            new("caller_id", caller), new("called_did", "74951234567"),
        ];
        return WebhookEvent.TryRead(fields, DateTime.UtcNow, out var webhook, out var error) ? webhook : throw new InvalidOperationException(error);
    }

    /// <summary>Signed NOTIFY_STARTs of known clients at a fixed rate; each reply carries the redirect.</summary>
    private static async Task<int> RoundTripAsync(Uri url, string[] args, int clients, Random random)
    {
        var secret = Arguments.Get(args, "secret") ?? throw new ArgumentException("--secret is required with --url");
        var rate = Arguments.Int(args, "rate", 200);
        var count = Arguments.Int(args, "starts", 4_000);
        var run = $"in_routebench_{DateTime.UtcNow:HHmmss}_";
        var warmup = Enumerable.Range(0, 500).Select(i => SignedNotification.Start($"{run}w{i}", Caller(random, clients), secret)).ToList();
        var measured = Enumerable.Range(0, count).Select(i => SignedNotification.Start($"{run}m{i}", Caller(random, clients), secret)).ToList();

        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        var sample = await PostAsync(http, url, measured[0]);
        Console.WriteLine($"a known client's reply: {sample}");
        var load = new LoadRun(http, url);
        await load.ClosedLoopAsync(warmup, 4);
        var result = await load.OpenLoopAsync(measured, rate);

        var latency = new Latency();
        foreach (var ms in result.LatenciesMs)
            latency.Add(TimeSpan.FromMilliseconds(ms));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"http NOTIFY_START at {rate}/s: {result.Sent} sent, failed {result.Failed}, {latency.Summary()}"));
        return result.Failed == 0 ? 0 : 1;
    }

    private static string Caller(Random random, int clients) => SyntheticClients.Number(random.Next(clients)).E164.TrimStart('+');

    private static async Task<string> PostAsync(HttpClient http, Uri url, SignedNotification start)
    {
        using var request = start.ToRequest(url);
        using var response = await http.SendAsync(request);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }
}
