using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;

namespace Zadarma.Core.Sandbox;

/// <summary>
/// The temporary recording links the sandbox hands out, each living as long as was asked: past that it is refused
/// like an expired Zadarma link, so expiry can be exercised without an account. The token rides in the query string,
/// which request logs leave out.
/// </summary>
public sealed class SandboxRecordingLinks([FromKeyedServices(SandboxRegistration.ClockKey)] TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (string CallIdWithRec, DateTimeOffset Until)> _links = new(StringComparer.Ordinal);

    public Uri Issue(Uri appBase, string callIdWithRec, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow();
        foreach (var (token, link) in _links)
        {
            if (link.Until <= now)
                _links.TryRemove(token, out _);
        }
        var issued = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _links[issued] = (callIdWithRec, now + lifetime);
        return SandboxPaths.Recording(appBase, callIdWithRec, issued);
    }

    /// <summary>The lifetime is over the moment the clock reaches its end, as <c>lifetime_till</c> says.</summary>
    public bool IsLive(string callIdWithRec, string? token) =>
        token is not null && _links.TryGetValue(token, out var link) && link.CallIdWithRec == callIdWithRec && clock.GetUtcNow() < link.Until;
}
