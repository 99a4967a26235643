using System.Collections.Concurrent;

namespace Zadarma.Core.Concurrency;

/// <summary>
/// Work under way, per key: callers who ask for a key while its work runs share that one run, and callers of other
/// keys never wait for it. A key is forgotten as soon as its work ends, so memory holds only what is running.
/// </summary>
internal sealed class InFlight<T>
{
    private readonly ConcurrentDictionary<string, Lazy<Task<T>>> _running = new(StringComparer.Ordinal);

    /// <param name="work">Runs without the caller's token: others may be waiting for it when the first caller leaves.</param>
    public Task<T> RunAsync(string key, Func<Task<T>> work, CancellationToken ct)
    {
        // An async lambda never throws synchronously, so a failure cannot stay cached in the Lazy.
        var mine = new Lazy<Task<T>>(async () => await work());
        var run = _running.GetOrAdd(key, mine);
        if (ReferenceEquals(run, mine))
        {
            _ = mine.Value.ContinueWith(_ => _running.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(key, mine)),
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        return run.Value.WaitAsync(ct);
    }
}
