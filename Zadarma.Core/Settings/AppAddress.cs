using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace Zadarma.Core.Settings;

/// <summary>
/// The address the app is reached at from the internet, where Zadarma posts its call notifications. A loopback or
/// private address serves the sandbox, which runs inside the app, but Zadarma's servers cannot reach it.
/// </summary>
public static class AppAddress
{
    private static readonly IPNetwork[] PrivateNetworks =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
    ];

    // Names that resolve only inside a network: mDNS, the reserved home and test domains, and common intranet suffixes.
    private static readonly string[] PrivateSuffixes = [".localhost", ".local", ".internal", ".lan", ".home.arpa", ".intranet", ".corp"];

    /// <summary>An absolute http or https address without query or fragment; the result ends with a slash.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? address)
    {
        address = null;
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            return false;
        address = new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        return true;
    }

    /// <summary>True when only this machine or its local network can reach <paramref name="address"/>.</summary>
    public static bool IsPrivate(Uri address)
    {
        if (address.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(address.DnsSafeHost, out var ip))
            return IsPrivate(ip);
        var host = address.IdnHost.TrimEnd('.').ToLowerInvariant();
        // A name without a dot ("crm", "localhost") is resolved by the local network's DNS only.
        return !host.Contains('.') || PrivateSuffixes.Any(suffix => host.EndsWith(suffix, StringComparison.Ordinal));
    }

    public static bool IsPrivate(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6)
            ip = ip.MapToIPv4();
        return PrivateNetworks.Any(network => network.Contains(ip));
    }
}
