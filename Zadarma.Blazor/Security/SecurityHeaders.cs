using Microsoft.Extensions.Options;
using Zadarma.Core.Settings;

namespace Zadarma.Blazor.Security;

/// <summary>Sets the security headers on every response: the policy, no MIME sniffing, no referrer outside the app, framing rules.</summary>
public sealed class SecurityHeaders(RequestDelegate next, SettingsStore settings, IOptions<SecurityOptions> options)
{
    public async Task InvokeAsync(HttpContext http)
    {
        // Read before the response starts: the settings are cached, so this costs no query after the first.
        var current = await settings.GetAsync(http.RequestAborted);
        var frameAncestors = options.Value.FrameAncestorOrigins;
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy.For(http, current, frameAncestors);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            // Browsers that know frame-ancestors ignore this; older ones get the strictest value that still fits.
            if (frameAncestors.Count == 0)
                headers.XFrameOptions = "SAMEORIGIN";
            else
                headers.Remove("X-Frame-Options");
            return Task.CompletedTask;
        });
        await next(http);
    }
}
