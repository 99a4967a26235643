using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Zadarma.Core.Concurrency;

namespace Zadarma.Core.Recordings;

/// <summary>
/// Zadarma's temporary recording links, kept until shortly before they expire so that replays and seeks do not
/// spend the account's request quota. Concurrent misses for one key make a single request.
/// </summary>
public sealed class RecordingLinkCache(TimeProvider clock, IOptions<RecordingOptions> options)
{
    private readonly ConcurrentDictionary<string, CachedLinks> _links = new(StringComparer.Ordinal);
    private readonly InFlight<IReadOnlyList<Uri>> _requests = new();

    /// <param name="request">Runs without a caller's token: other callers of the same key may be waiting for it.</param>
    public async Task<IReadOnlyList<Uri>> GetAsync(string key, Func<CancellationToken, Task<CachedLinks>> request, CancellationToken ct = default)
    {
        if (Fresh(key) is { } cached)
            return cached;
        return await _requests.RunAsync(key, async () =>
        {
            if (Fresh(key) is { } raced)
                return raced;
            var fetched = await request(CancellationToken.None);
            ForgetExpired();
            _links[key] = fetched;
            return fetched.Links;
        }, ct);
    }

    /// <summary>The browser found the link dead before its time: the next <see cref="GetAsync"/> asks Zadarma again.</summary>
    public void Forget(string key) => _links.TryRemove(key, out _);

    /// <summary>Dead links are useless; dropping them keeps the cache as small as the recordings played lately.</summary>
    private void ForgetExpired()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (key, entry) in _links)
        {
            if (entry.ValidUntilUtc <= now)
                _links.TryRemove(key, out _);
        }
    }

    private IReadOnlyList<Uri>? Fresh(string key) =>
        _links.TryGetValue(key, out var entry) && clock.GetUtcNow().UtcDateTime < entry.ValidUntilUtc - options.Value.RenewBefore
            ? entry.Links
            : null;
}
