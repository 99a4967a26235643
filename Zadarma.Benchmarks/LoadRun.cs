using System.Diagnostics;

namespace Zadarma.Benchmarks;

/// <summary>Posts notifications over loopback and times each reply (which the app sends only once it is stored).</summary>
public sealed class LoadRun(HttpClient http, Uri url)
{

    public sealed record Result(int Sent, int Failed, TimeSpan Elapsed, double[] LatenciesMs);

    /// <summary>As fast as <paramref name="concurrency"/> senders can go, each waiting for its reply.</summary>
    public async Task<Result> ClosedLoopAsync(IReadOnlyList<SignedNotification> notifications, int concurrency)
    {
        var latencies = new double[notifications.Count];
        var next = -1;
        var failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < notifications.Count)
            {
                var (ok, ms) = await PostAsync(notifications[i]);
                latencies[i] = ms;
                if (!ok)
                    Interlocked.Increment(ref failed);
            }
        }));
        return new Result(notifications.Count, failed, clock.Elapsed, latencies);
    }

    /// <summary>At a fixed rate whatever the replies do, so slow replies show up as latency, not as a lower rate.</summary>
    public async Task<Result> OpenLoopAsync(IReadOnlyList<SignedNotification> notifications, int perSecond)
    {
        var latencies = new double[notifications.Count];
        var failed = 0;
        var pending = new List<Task>(notifications.Count);
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (sent < notifications.Count)
        {
            var due = Math.Min(notifications.Count, (int)(clock.Elapsed.TotalSeconds * perSecond) + 1);
            for (; sent < due; sent++)
            {
                var i = sent;
                pending.Add(Task.Run(async () =>
                {
                    var (ok, ms) = await PostAsync(notifications[i]);
                    latencies[i] = ms;
                    if (!ok)
                        Interlocked.Increment(ref failed);
                }));
            }
            await Task.Delay(1);
        }
        await Task.WhenAll(pending);
        return new Result(notifications.Count, failed, clock.Elapsed, latencies);
    }

    private async Task<(bool Ok, double Ms)> PostAsync(SignedNotification notification)
    {
        using var request = notification.ToRequest(url);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            return (response.IsSuccessStatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (HttpRequestException)
        {
            return (false, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
