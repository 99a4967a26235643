namespace Zadarma.Core.Api;

/// <summary>
/// At most <c>limit</c> permits in any span of <c>window</c>: the times of the permits taken in the last window, oldest
/// first. Exact, unlike a fixed window (twice the quota across its turn) or segmented counters (a segment's worth early),
/// and it reads the time it is given, so tests move the clock. Not thread-safe: the caller locks.
/// </summary>
internal sealed class SlidingWindowQuota(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _taken = new(limit);

    /// <summary>Zero when a permit is free at <paramref name="now"/>, else how long until the oldest one comes back.</summary>
    public TimeSpan WaitAt(DateTimeOffset now)
    {
        while (_taken.Count > 0 && _taken.Peek() + window <= now)
            _taken.Dequeue();
        return _taken.Count < limit ? TimeSpan.Zero : _taken.Peek() + window - now;
    }

    public void Take(DateTimeOffset now) => _taken.Enqueue(now);
}
