using System.Globalization;

namespace Zadarma.Benchmarks.Webhooks;

/// <summary>Load generator for /exec/Zadarma.notify: posts signed notifications to a running app, then checks its SQLite file.</summary>
public static class WebhookLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        var run = $"in_bench_{DateTime.UtcNow:HHmmss}_";
        Console.WriteLine($"Signing {options.Warmup + options.Events} notifications for {options.Url} ...");
        var warmup = SignedNotification.AnsweredCalls(run + "w", options.Warmup, options.Secret);
        var measured = SignedNotification.AnsweredCalls(run + "m", options.Events, options.Secret);

        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Rate is null ? options.Concurrency : 1024,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        });
        var load = new LoadRun(http, options.Url);

        await load.ClosedLoopAsync(warmup, options.Concurrency);
        var result = options.Rate is { } rate
            ? await load.OpenLoopAsync(measured, rate)
            : await load.ClosedLoopAsync(measured, options.Concurrency);

        var sorted = result.LatenciesMs.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
        var mode = options.Rate is { } r ? $"open loop at {r}/s" : $"closed loop, concurrency {options.Concurrency}";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode}: {result.Sent} events in {result.Elapsed.TotalSeconds:0.00} s = {result.Sent / result.Elapsed.TotalSeconds:0} events/s, failed {result.Failed}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency ms: p50 {Percentile(50):0.00}  p95 {Percentile(95):0.00}  p99 {Percentile(99):0.00}  max {sorted[^1]:0.00}"));

        if (options.Database is { } file)
        {
            var (stored, applied, calls, answered) = await JournalCount.ForPrefixAsync(file, run);
            var expectedCalls = (options.Warmup + 3) / 4 + (options.Events + 3) / 4;
            var expectedEvents = options.Warmup + options.Events;
            Console.WriteLine($"journal: {stored}/{expectedEvents} stored, {applied} applied, {calls}/{expectedCalls} calls, {answered} complete answered calls");
            Console.WriteLine(stored == expectedEvents && applied == expectedEvents && calls == expectedCalls ? "nothing lost" : "LOST EVENTS");
            return stored == expectedEvents && applied == expectedEvents ? 0 : 1;
        }
        return result.Failed == 0 ? 0 : 1;
    }
}
