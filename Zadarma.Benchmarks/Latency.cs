using System.Diagnostics;

namespace Zadarma.Benchmarks;

/// <summary>Percentiles of measured durations, printed as one line.</summary>
public sealed class Latency
{
    private readonly List<double> _milliseconds = [];

    /// <summary>Runs once to warm up, keeping what it returned, then times <paramref name="repeat"/> more runs.</summary>
    public static async Task<(T First, Latency Times)> RepeatAsync<T>(int repeat, Func<Task<T>> run)
    {
        var first = await run();
        var times = new Latency();
        for (var i = 0; i < repeat; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await run();
            times.Add(Stopwatch.GetElapsedTime(started));
        }
        return (first, times);
    }

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public int Count => _milliseconds.Count;

    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0)
            return double.NaN;
        var sorted = _milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public string Summary() =>
        $"n={Count} mean={_milliseconds.Average():0.000} ms p50={Percentile(50):0.000} ms p95={Percentile(95):0.000} ms p99={Percentile(99):0.000} ms max={_milliseconds.Max():0.000} ms";
}
