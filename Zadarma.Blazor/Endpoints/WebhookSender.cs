using System.Net;

namespace Zadarma.Blazor.Endpoints;

/// <summary>Who sent a notification, and whether that address may send them at all.</summary>
public static class WebhookSender
{
    public const string ForwardedFor = "X-Forwarded-For";

    /// <summary>The connection's address, or the last hop the trusted proxy reports; nobody else can claim an address.</summary>
    public static IPAddress? AddressOf(HttpContext http, WebhookOptions options)
    {
        var remote = Normalize(http.Connection.RemoteIpAddress);
        if (remote is null || options.TrustedProxy is null || !IPAddress.TryParse(options.TrustedProxy, out var proxy)
            || !remote.Equals(Normalize(proxy)))
        {
            return remote;
        }
        var hops = http.Request.Headers[ForwardedFor].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return hops.Length > 0 && IPAddress.TryParse(hops[^1], out var forwarded) ? Normalize(forwarded) : remote;
    }

    public static bool IsAllowed(IPAddress? address, WebhookOptions options)
    {
        if (options.AllowedNetworks.Length == 0)
            return true;
        return address is not null && options.Networks().Any(n => n.Contains(address));
    }

    private static IPAddress? Normalize(IPAddress? address) =>
        address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
}
