namespace Zadarma.Core.Api;

/// <summary>
/// Zadarma's per-account quotas: 100 requests a minute overall and 3 a minute for statistics, as sliding windows: no
/// 60 seconds ever hold more. The client keeps under them so that it is refused here, at once, rather than by Zadarma;
/// the sandbox enforces them like the real API. Every attempt counts, retries included: Zadarma counts what it receives.
/// </summary>
public sealed class ZadarmaRateLimits
{
    public const int RequestsPerMinute = 100;
    public const int StatisticsPerMinute = 3;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly SlidingWindowQuota _overall;
    private readonly SlidingWindowQuota _statistics;
    private readonly TimeProvider _time;
    private DateTimeOffset _pausedUntil;

    public ZadarmaRateLimits(int requestsPerMinute, int statisticsPerMinute, TimeProvider time)
    {
        _overall = new SlidingWindowQuota(requestsPerMinute, Window);
        _statistics = new SlidingWindowQuota(statisticsPerMinute, Window);
        _time = time;
    }

    /// <summary>Takes a permit, or says how long to wait. Statistics calls count against both quotas.</summary>
    public bool TryAcquire(bool statistics, out TimeSpan retryAfter)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            retryAfter = _pausedUntil - now;
            if (retryAfter > TimeSpan.Zero)
                return false;
            // Both quotas are checked before either is taken, so that a refusal spends no permit.
            retryAfter = statistics ? Max(_overall.WaitAt(now), _statistics.WaitAt(now)) : _overall.WaitAt(now);
            if (retryAfter > TimeSpan.Zero)
                return false;
            _overall.Take(now);
            if (statistics)
                _statistics.Take(now);
            return true;
        }
    }

    /// <summary>Zadarma answered 429: send nothing more until its Retry-After has passed.</summary>
    public void PauseFor(TimeSpan delay)
    {
        var until = _time.GetUtcNow() + delay;
        lock (_gate)
        {
            if (until > _pausedUntil)
                _pausedUntil = until;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
