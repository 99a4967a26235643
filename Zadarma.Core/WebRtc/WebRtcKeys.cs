using Zadarma.Core.Api;
using Zadarma.Core.Settings;

namespace Zadarma.Core.WebRtc;

/// <summary>
/// The widget keys Zadarma issued, per SIP login, so that every page load does not cost an API request. A key is
/// reused for <see cref="CacheLifetime"/>, well inside the 72 hours Zadarma honours it, so that a page opened at the
/// end of that time still gets a key valid for a working day. Any settings save forgets them all: the account may
/// have changed.
/// </summary>
public sealed class WebRtcKeys : IDisposable
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromHours(24);

    private readonly SettingsStore _settings;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, CachedKey> _keys = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _generation;

    public WebRtcKeys(SettingsStore settings, TimeProvider clock)
    {
        _settings = settings;
        _clock = clock;
        _settings.Changed += Forget;
    }

    /// <summary>The cached key of <paramref name="sipLogin"/>, or a fresh one from <paramref name="issue"/>.</summary>
    public async Task<string> GetAsync(string sipLogin, Func<CancellationToken, Task<WebRtcKey>> issue, CancellationToken ct = default)
    {
        int generation;
        lock (_gate)
        {
            if (_keys.TryGetValue(sipLogin, out var cached) && cached.Until > _clock.GetUtcNow())
                return cached.Key;
            generation = _generation;
        }

        var key = (await issue(ct)).Key;
        lock (_gate)
        {
            // A key issued while the settings changed may belong to the old account: use it once, keep it not.
            if (generation == _generation)
                _keys[sipLogin] = new CachedKey(key, _clock.GetUtcNow() + CacheLifetime);
        }
        return key;
    }

    private void Forget(AppSettings _)
    {
        lock (_gate)
        {
            _keys.Clear();
            _generation++;
        }
    }

    public void Dispose() => _settings.Changed -= Forget;

    private sealed record CachedKey(string Key, DateTimeOffset Until);
}
