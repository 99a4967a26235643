using System.Collections.Concurrent;

namespace Zadarma.Core.Recordings;

/// <summary>
/// Why the last request of a listener for a recording failed, kept for a minute. A browser's player learns only that
/// its source failed; it reads the reason here instead of repeating a download that was already retried.
/// </summary>
public sealed class RecordingFailures(TimeProvider clock)
{
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(int UserId, int CallId, string RecordingId), (Exception Error, DateTime AtUtc)> _failures = new();

    public void Remember(RecordingListener listener, int callId, string recordingId, Exception error)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (key, entry) in _failures)
        {
            if (entry.AtUtc + Kept <= now)
                _failures.TryRemove(key, out _);
        }
        _failures[(listener.UserId, callId, recordingId)] = (error, now);
    }

    /// <summary>A request that succeeded makes an older failure no longer the reason.</summary>
    public void Forget(RecordingListener listener, int callId, string recordingId) =>
        _failures.TryRemove((listener.UserId, callId, recordingId), out _);

    /// <summary>The reason of the last failure, once; null when the last request did not fail.</summary>
    public Exception? Take(RecordingListener listener, int callId, string recordingId) =>
        _failures.TryRemove((listener.UserId, callId, recordingId), out var entry) && entry.AtUtc + Kept > clock.GetUtcNow().UtcDateTime
            ? entry.Error
            : null;
}
