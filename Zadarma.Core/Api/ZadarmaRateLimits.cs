using System.Threading.RateLimiting;

namespace Zadarma.Core.Api;

/// <summary>
/// Zadarma's per-account quotas: 100 requests a minute overall and 3 a minute for statistics. The client keeps under
/// them so that it is refused here, at once, rather than by Zadarma; the sandbox enforces them like the real API.
/// </summary>
public sealed class ZadarmaRateLimits : IDisposable
{
    public const int RequestsPerMinute = 100;
    public const int StatisticsPerMinute = 3;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly FixedWindowRateLimiter _overall;
    private readonly FixedWindowRateLimiter _statistics;
    private readonly TimeProvider _time;
    private long _pausedUntil;

    public ZadarmaRateLimits(int requestsPerMinute, int statisticsPerMinute, TimeProvider time)
    {
        _overall = Limiter(requestsPerMinute);
        _statistics = Limiter(statisticsPerMinute);
        _time = time;
    }

    /// <summary>Takes a permit, or says how long to wait. Statistics calls count against both quotas.</summary>
    public bool TryAcquire(bool statistics, out TimeSpan retryAfter)
    {
        var paused = TimeSpan.FromTicks(Interlocked.Read(ref _pausedUntil) - _time.GetUtcNow().UtcTicks);
        if (paused > TimeSpan.Zero)
        {
            retryAfter = paused;
            return false;
        }
        if (statistics && !Take(_statistics, out retryAfter))
            return false;
        return Take(_overall, out retryAfter);
    }

    /// <summary>Zadarma answered 429: send nothing more until its Retry-After has passed.</summary>
    public void PauseFor(TimeSpan delay)
    {
        var until = (_time.GetUtcNow() + delay).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _pausedUntil);
            if (current >= until)
                return;
        }
        while (Interlocked.CompareExchange(ref _pausedUntil, until, current) != current);
    }

    public void Dispose()
    {
        _overall.Dispose();
        _statistics.Dispose();
    }

    private static bool Take(RateLimiter limiter, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        return false;
    }

    // No queue: a caller refused for a minute should hear so now, not hang.
    private static FixedWindowRateLimiter Limiter(int perMinute) => new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = perMinute,
        Window = Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    });
}
