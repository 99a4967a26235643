using System.Net;
using System.Text.RegularExpressions;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Hosting;

/// <summary>
/// Pages carry a policy that lets only the app's own scripts run (and its one inline import map, by nonce), no MIME
/// sniffing, no referrer outside the app, and framing only by the app or the host CRM named in the settings.
/// </summary>
public sealed partial class SecurityHeadersTests
{
    [Fact]
    public async Task A_page_allows_only_the_apps_own_scripts_and_no_framing_by_others()
    {
        await using var app = new AppFactory();
        using var client = app.CreatePlainClient();

        var response = await client.GetAsync("/setup");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Directives(response);
        var nonce = Assert.Single(ImportMapNonce().Matches(html)).Groups[1].Value;
        Assert.Equal($"'self' 'nonce-{nonce}'", policy["script-src"]);
        Assert.Equal("'self'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.DoesNotContain("zadarma.com", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Each_response_gets_its_own_nonce()
    {
        await using var app = new AppFactory();
        using var client = app.CreatePlainClient();

        var first = Directives(await client.GetAsync("/setup"))["script-src"];
        var second = Directives(await client.GetAsync("/setup"))["script-src"];

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Zadarmas_origins_are_allowed_only_for_the_real_widget_and_recordings()
    {
        await using var app = new AppFactory();
        using var client = app.CreatePlainClient();
        await app.Get<SettingsStore>().UpdateAsync(s => (s.WebRtcEnabled, s.ZadarmaUseSandbox) = (true, false));

        var policy = Directives(await client.GetAsync("/setup"));

        Assert.Contains("https://my.zadarma.com", policy["script-src"]);
        Assert.Contains("wss://*.zadarma.com", policy["connect-src"]);
        Assert.Contains("https://api.zadarma.com", policy["media-src"]);

        await app.Get<SettingsStore>().UpdateAsync(s => s.WebRtcEnabled = false);
        Assert.DoesNotContain("zadarma.com", Directives(await client.GetAsync("/setup"))["script-src"]);
    }

    [Fact]
    public async Task A_host_crm_named_in_the_settings_may_frame_the_app()
    {
        await using var app = new AppFactory().With("Security:FrameAncestors", "https://crm.example.com");
        using var client = app.CreatePlainClient();

        var response = await client.GetAsync("/setup");

        Assert.Equal("'self' https://crm.example.com", Directives(response)["frame-ancestors"]);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"))
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    [GeneratedRegex("""<script type="importmap" nonce="([^"]+)">""")]
    private static partial Regex ImportMapNonce();
}
