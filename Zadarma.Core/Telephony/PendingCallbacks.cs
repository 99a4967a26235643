using System.Collections.Concurrent;

namespace Zadarma.Core.Telephony;

/// <summary>Callbacks just requested, per user and number, so that a double click dials once.</summary>
public sealed class PendingCallbacks(TimeProvider clock)
{
    /// <summary>A second click on the same number within this time is the same call, not a new one.</summary>
    public static readonly TimeSpan DoubleClickWindow = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<(int UserId, string Number), DateTimeOffset> _started = new();

    /// <summary>True when this click starts a call; false when the same call was started moments ago.</summary>
    public bool TryStart(int userId, string e164)
    {
        var now = clock.GetUtcNow();
        var key = (userId, e164);
        while (true)
        {
            if (_started.TryGetValue(key, out var started))
            {
                if (now - started < DoubleClickWindow)
                    return false;
                if (_started.TryUpdate(key, now, started))
                    return true;
            }
            else if (_started.TryAdd(key, now))
            {
                return true;
            }
        }
    }

    /// <summary>The request failed: the next click may try again at once.</summary>
    public void Forget(int userId, string e164) => _started.TryRemove((userId, e164), out _);
}
