using System.Net;
using System.Text;
using Zadarma.Core.Accounts;
using Zadarma.Core.Api;
using Zadarma.Core.Pbx;
using Zadarma.Core.Sandbox;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Integrations;

/// <summary>
/// A real account (the sandbox, reached as one) used every way the app uses it: then neither its secret nor its API
/// key is in any reply an admin can fetch, nor in any log line, at every log level.
/// </summary>
public sealed class SecretLeakTests : IAsyncLifetime
{
    private const string Key = "leak-key-5c0ffee5c0ffee";
    private const string Secret = "leak-secret-7d15ea5e7d15ea5e";

    private TestApp _app = default!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(new Dictionary<string, string?>
    {
        ["Serilog:MinimumLevel:Default"] = "Debug",
        ["Serilog:MinimumLevel:Override:Zadarma"] = "Debug",
        ["Sandbox:Key"] = Key,
        ["Sandbox:Secret"] = Secret,
        ["Sandbox:StepDelay"] = "00:00:00",
    });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_secret_and_the_key_reach_no_reply_and_no_log_line()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        await UseEveryWayAsync();

        using var admin = await SignedInAdminAsync();
        var paths = new[]
        {
            "/", "/calls", "/clients", "/employees", "/users", "/recordings/audit",
            "/settings", "/settings/general", "/settings/integrations/zadarma", "/settings/integrations/pbx", "/settings/integrations/events",
            "/health", "/exec/Zadarma.notify?zd_echo=probe", "/account/denied", "/not-found",
            "/sandbox/zadarma/webphone/loader-phone-lib.js", "/sandbox/zadarma/webphone/loader-phone-fn.js",
            "/sandbox/zadarma/v1/info/balance/", "/sandbox/zadarma/v1/no/such/method/",
        };
        foreach (var path in paths)
            AssertClean(await ReplyAsync(admin, HttpMethod.Get, path), path);
        AssertClean(await ReplyAsync(admin, HttpMethod.Post, "/exec/Zadarma.notify"), "an unsigned webhook");

        // The sandbox's own signed replies carry what Zadarma's do, which is never the key pair.
        foreach (var path in new[] { "/v1/info/balance/", "/v1/info/timezone/", "/v1/pbx/internal/", "/v1/pbx/callinfo/", "/v1/statistics/pbx/" })
            AssertClean(await SignedReplyAsync(admin, path), path);

        var log = await LogFiles.ReadAsync(_app.DataPath);
        Assert.Contains("Zadarma connection saved", log);
        AssertClean(log, "the log");
    }

    /// <summary>Test, save, Get PBX, webhook registration, a WebRTC key, and a signed call through the receiver.</summary>
    private async Task UseEveryWayAsync()
    {
        var connection = _app.Get<ZadarmaConnection>();
        var edit = await connection.LoadAsync();
        edit.UseSandbox = false;
        edit.Url = new Uri(_app.Address, "sandbox/zadarma").AbsoluteUri;
        edit.Key = Key;
        edit.NewSecret = Secret;
        Assert.NotNull((await _app.Get<ConnectionTest>().RunAsync(edit)).Balance);
        Assert.Empty(await connection.SaveAsync(edit));

        await _app.Get<PbxFetch>().FetchAsync();
        var zadarma = _app.Get<ZadarmaClient>();
        await zadarma.SetWebhookUrlAsync(new Uri(_app.Address, "exec/Zadarma.notify"));
        await zadarma.SetWebhookNotificationsAsync(WebhookNotifications.All);
        await zadarma.GetWebRtcKeyAsync((await zadarma.GetPbxAsync()).SipLogin(100));
        await _app.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [100]);
        await Assert.ThrowsAsync<ZadarmaException>(() => _app.Get<ConnectionTest>().RunAsync(WithSecret(edit, "wrong-secret")));
    }

    private static ZadarmaConnectionEdit WithSecret(ZadarmaConnectionEdit edit, string secret)
    {
        edit.NewSecret = secret;
        return edit;
    }

    private async Task<HttpClient> SignedInAdminAsync()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.Address };
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostSignInAsync(client, "admin", TestApp.AdminPassword)).StatusCode);
        return client;
    }

    private static async Task<string> ReplyAsync(HttpClient client, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        return response.Headers + "\n" + response.Content.Headers + "\n" + await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> SignedReplyAsync(HttpClient client, string path)
    {
        var signed = ZadarmaRequestSigner.Sign(path, [new("format", "json")], Secret);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"sandbox/zadarma{path}?{signed.Query}");
        request.Headers.TryAddWithoutValidation("Authorization", $"{Key}:{signed.Signature}");
        using var response = await client.SendAsync(request);
        return response.Headers + "\n" + await response.Content.ReadAsStringAsync();
    }

    private static void AssertClean(string text, string where)
    {
        // Pages write characters outside ASCII as references; decode so nothing hides behind them.
        var decoded = WebUtility.HtmlDecode(text);
        Assert.False(decoded.Contains(Secret, StringComparison.Ordinal), $"The secret is in {where}.");
        Assert.False(decoded.Contains(Key, StringComparison.Ordinal), $"The API key is in {where}.");
    }
}
