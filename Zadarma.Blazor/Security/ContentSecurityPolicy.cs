using System.Security.Cryptography;
using Zadarma.Core.Settings;

namespace Zadarma.Blazor.Security;

/// <summary>
/// The Content-Security-Policy of a page: the app's own scripts and the one inline import map (by a nonce made per
/// response); Zadarma's origins only while the WebRTC widget is on, since its loader pulls more scripts, styles and
/// sockets from there, and recordings played remotely are redirected to Zadarma's own link; MudBlazor sets style
/// attributes, hence inline styles.
/// </summary>
public static class ContentSecurityPolicy
{
    private const string NonceKey = "csp-nonce";

    /// <summary>The nonce the page's inline import map carries; made once per response.</summary>
    public static string Nonce(HttpContext http)
    {
        if (http.Items[NonceKey] is string nonce)
            return nonce;
        nonce = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        http.Items[NonceKey] = nonce;
        return nonce;
    }

    public static string For(HttpContext http, AppSettings settings, IReadOnlyList<string> frameAncestors)
    {
        // The sandbox serves its stand-ins for Zadarma's widget and recordings from the app itself.
        var zadarma = settings.ZadarmaUseSandbox ? [] : ZadarmaOrigins(settings);
        var widget = settings.WebRtcEnabled ? zadarma : [];
        var recordings = settings.PlayRecordingsRemotely ? zadarma : [];
        string Join(params IEnumerable<string>[] parts) => string.Join(' ', parts.SelectMany(p => p).Distinct());

        return string.Join("; ",
            "default-src 'self'",
            $"script-src {Join(["'self'", $"'nonce-{Nonce(http)}'"], widget)}",
            $"style-src {Join(["'self'", "'unsafe-inline'"], widget)}",
            $"img-src {Join(["'self'", "data:"], widget)}",
            $"font-src {Join(["'self'", "data:"], widget)}",
            $"connect-src {Join(["'self'"], widget, widget.Select(o => o.Replace("https://", "wss://", StringComparison.Ordinal)))}",
            $"media-src {Join(["'self'", "blob:"], recordings)}",
            $"frame-src {Join(["'self'"], widget)}",
            $"frame-ancestors {Join(["'self'"], frameAncestors)}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");
    }

    private static string[] ZadarmaOrigins(AppSettings settings)
    {
        IEnumerable<string> configured = [settings.ZadarmaUrl, settings.WebRtcLibScriptUrl, settings.WebRtcFnScriptUrl];
        return configured
            .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>()
            .Append("https://*.zadarma.com")
            .Distinct()
            .ToArray();
    }
}
