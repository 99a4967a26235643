using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Zadarma.Core.Sandbox;

/// <summary>
/// The sandbox's browser phones, one line per extension. A stand-in widget signs in with the SIP login and the key the
/// sandbox issued for it, as Zadarma's widget registers with its key; nothing else reaches a line.
/// </summary>
public sealed class SandboxPhones(SandboxPbx pbx, [FromKeyedServices(SandboxRegistration.ClockKey)] TimeProvider clock)
{
    private readonly ConcurrentDictionary<int, SandboxPhoneLine> _lines = new();

    /// <summary>The line of <paramref name="sipLogin"/> (<c>pbxid-extension</c>) when <paramref name="key"/> is the key issued for it.</summary>
    public SandboxPhoneLine? SignIn(string? sipLogin, string? key)
    {
        if (sipLogin is null || key is null || !pbx.IsWebRtcKey(sipLogin, key))
            return null;
        var extension = sipLogin.Split('-') is [_, var number]
            && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? pbx.FindExtension(parsed)
            : null;
        return extension is null ? null : Line(extension.Number);
    }

    /// <summary>The extension's line, with or without a widget listening.</summary>
    public SandboxPhoneLine Line(int extension) => _lines.GetOrAdd(extension, number => new SandboxPhoneLine(number, clock));

    /// <summary>The line of an extension that has a widget open, else null.</summary>
    public SandboxPhoneLine? Online(int extension) =>
        _lines.TryGetValue(extension, out var line) && line.IsOnline ? line : null;
}
