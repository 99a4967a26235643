using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zadarma.Core.Api;

namespace Zadarma.Tests.Web.Sandbox;

/// <summary>The typed client against the sandbox over real HTTP on loopback.</summary>
public sealed class SandboxApiTests : IAsyncLifetime
{
    private SandboxHost _host = null!;

    public async Task InitializeAsync() => _host = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_right_secret_gets_balance_time_zone_pbx_and_extensions()
    {
        var client = _host.Client();

        var balance = await client.GetBalanceAsync();
        var timeZone = await client.GetTimeZoneAsync();
        var pbx = await client.GetPbxAsync();
        var reception = await client.GetExtensionInfoAsync(100);
        var online = await client.GetExtensionStatusAsync(100);
        var offline = await client.GetExtensionStatusAsync(102);

        Assert.Equal(new Balance(25.50m, "USD"), balance);
        Assert.Equal("UTC+3", timeZone.TimeZone);
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", timeZone.LocalTime);
        Assert.Equal(TimeSpan.FromHours(3), timeZone.UtcOffset);
        Assert.Equal(_host.Pbx.PbxId, pbx.PbxId);
        Assert.Equal([100, 101, 102], pbx.Numbers);
        Assert.Equal("Reception", reception.Name);
        Assert.True(online.IsOnline);
        Assert.False(offline.IsOnline);
    }

    [Fact]
    public async Task A_wrong_secret_is_unauthorized()
    {
        var error = await Assert.ThrowsAsync<ZadarmaException>(() => _host.Client(secret: "ffffffffffffffffffff").GetBalanceAsync());

        Assert.Equal(ZadarmaErrorKind.Unauthorized, error.Kind);
        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Equal("Not authorized", error.ZadarmaMessage);
    }

    [Fact]
    public async Task Credentials_under_test_are_used_instead_of_the_saved_ones()
    {
        var saved = _host.Client(secret: "ffffffffffffffffffff");

        var balance = await saved.For(new ZadarmaCredentials(_host.ApiBase, SandboxHost.Key, SandboxHost.Secret)).GetBalanceAsync();
        var refused = await Assert.ThrowsAsync<ZadarmaException>(() => saved.GetBalanceAsync());

        Assert.Equal(new Balance(25.50m, "USD"), balance);
        Assert.Equal(ZadarmaErrorKind.Unauthorized, refused.Kind);
    }

    [Fact]
    public async Task Values_that_url_encoders_disagree_on_are_signed_as_sent()
    {
        // Space, '!', '(' and '~' are where WebUtility, Uri and PHP differ: the sandbox re-encodes and must agree.
        var refused = await Assert.ThrowsAsync<ZadarmaException>(() => _host.Client().GetWebRtcKeyAsync($"{_host.Pbx.PbxId}-1 (x)!~"));

        // Past the signature check: the login is unknown, not the request unsigned.
        Assert.Equal(ZadarmaErrorKind.Rejected, refused.Kind);
        Assert.NotEqual("Not authorized", refused.ZadarmaMessage);
    }

    [Fact]
    public async Task A_recorded_call_gives_links_by_call_id_and_by_pbx_call_id()
    {
        var client = _host.Client();
        await client.SetWebhookUrlAsync(new Uri(_host.Address, "hooks"));
        await client.RequestCallbackAsync("100", "+79991234567", sip: "100");
        var record = (await _host.WaitForWebhooksAsync(3))[2];

        var link = await client.RequestRecordingAsync(record["call_id_with_rec"], TimeSpan.FromMinutes(5));
        var links = await client.RequestRecordingsByPbxCallAsync(record["pbx_call_id"]);
        var tooShort = await Assert.ThrowsAsync<ZadarmaException>(() => client.RequestRecordingAsync(record["call_id_with_rec"], TimeSpan.FromSeconds(10)));

        Assert.StartsWith(_host.Address.AbsoluteUri, link.Link);
        Assert.Equal(link.Link.Split('?')[0], Assert.Single(links.Links).Split('?')[0]);
        Assert.Equal(ZadarmaErrorKind.Rejected, tooShort.Kind);
    }

    [Fact]
    public async Task The_fourth_statistics_request_in_a_minute_gets_a_429_with_retry_after()
    {
        // A client more lenient than the sandbox, so that the refusal is the server's.
        var client = _host.Client(options: new ZadarmaApiOptions { StatisticsPerMinute = 10, RetryDelay = TimeSpan.Zero });
        var end = _host.Pbx.LocalNow.AddMinutes(1);

        for (var i = 0; i < 3; i++)
            await client.GetPbxStatisticsAsync(end.AddDays(-1), end);
        var refused = await Assert.ThrowsAsync<ZadarmaException>(() => client.GetPbxStatisticsAsync(end.AddDays(-1), end));
        var paused = await Assert.ThrowsAsync<ZadarmaException>(() => client.GetBalanceAsync());

        Assert.Equal(ZadarmaErrorKind.RateLimited, refused.Kind);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("You exceeded the rate limit", refused.ZadarmaMessage);
        Assert.InRange(refused.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        // Retry-After honoured: the next call is refused here, not sent.
        Assert.Equal(ZadarmaErrorKind.RateLimited, paused.Kind);
        Assert.Null(paused.Status);
    }

    [Fact]
    public async Task A_callback_is_recorded_and_followed_by_signed_outgoing_webhooks()
    {
        var client = _host.Client();
        await client.SetWebhookUrlAsync(new Uri(_host.Address, "hooks"));

        var reply = await client.RequestCallbackAsync("100", "+79991234567", sip: "100");

        var hooks = await _host.WaitForWebhooksAsync(3);
        var callback = Assert.Single(_host.Pbx.Callbacks);
        Assert.Equal(("100", "+79991234567", "100"), (callback.From, callback.To, callback.Sip));
        Assert.Equal(("100", "79991234567"), (reply.From, reply.To));
        Assert.Equal(["NOTIFY_OUT_START", "NOTIFY_OUT_END", "NOTIFY_RECORD"], hooks.Select(h => h.Event));
        Assert.All(hooks, h => Assert.Equal("/hooks", h.Path));
        Assert.All(hooks, h => Assert.True(WebhookSignature.IsValid(h, SandboxHost.Secret), h.Event));
        var (start, end) = (hooks[0], hooks[1]);
        Assert.Matches("^out_[0-9a-f]{40}$", start["pbx_call_id"]);
        Assert.Equal(start["pbx_call_id"], end["pbx_call_id"]);
        Assert.Equal(("100", "79991234567"), (start["internal"], start["destination"]));
        Assert.Equal(("100", "79991234567", "answered", "1"), (end["internal"], end["destination"], end["disposition"], end["is_recorded"]));
        Assert.Equal(end["call_id_with_rec"], hooks[2]["call_id_with_rec"]);
    }

    [Fact]
    public async Task A_webhook_url_that_fails_the_echo_check_is_rejected()
    {
        var error = await Assert.ThrowsAsync<ZadarmaException>(() => _host.Client().SetWebhookUrlAsync(new Uri(_host.Address, "nowhere")));

        Assert.Equal(ZadarmaErrorKind.Rejected, error.Kind);
        Assert.Null(_host.Pbx.WebhookUrl);
    }

    [Fact]
    public async Task Webhook_settings_round_trip_and_silence_disabled_events()
    {
        var client = _host.Client();
        await client.SetWebhookUrlAsync(new Uri(_host.Address, "hooks"));
        await client.SetWebhookNotificationsAsync(WebhookNotifications.All with { Internal = false, OutStart = false });

        var settings = await client.GetWebhookSettingsAsync();
        await _host.Calls.SimulateIncomingAsync("79991234567", [100], stepDelay: TimeSpan.Zero);

        Assert.Equal(new Uri(_host.Address, "hooks").AbsoluteUri, settings.Url);
        Assert.Equal(WebhookNotifications.All with { Internal = false, OutStart = false }, settings.Notifications);
        Assert.DoesNotContain(_host.Webhooks, h => h.Event == "NOTIFY_INTERNAL");
        Assert.Contains(_host.Webhooks, h => h.Event == "NOTIFY_START");
    }

    [Fact]
    public async Task The_webrtc_key_is_stable_per_login_and_refused_for_unknown_logins()
    {
        var client = _host.Client();
        var login = $"{_host.Pbx.PbxId}-101";

        var first = await client.GetWebRtcKeyAsync(login);
        var again = await client.GetWebRtcKeyAsync(login);
        var other = await client.GetWebRtcKeyAsync($"{_host.Pbx.PbxId}-100");
        var unknown = await Assert.ThrowsAsync<ZadarmaException>(() => client.GetWebRtcKeyAsync($"{_host.Pbx.PbxId}-999"));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.True(first.Key.Length >= 40);
        Assert.Equal(ZadarmaErrorKind.Rejected, unknown.Kind);
    }

    [Fact]
    public async Task Php_sdk_order_is_accepted_over_http()
    {
        // The official PHP SDK: parameters in the caller's order, format last, signature over the sorted string.
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get,
            new Uri(_host.Address, "sandbox/zadarma/v1/request/callback/?to=%2B442037691881&from=100&sip=100&predicted=1&format=json"));
        request.Headers.TryAddWithoutValidation("Authorization", $"{SandboxHost.Key}:NjQ1YmQwODUxYjdmNjIzMTU5NDRmNTFlOTYwZDc2YWI1ZTYxZWJlNA==");

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("success", body.GetProperty("status").GetString());
        Assert.Equal(442037691881, body.GetProperty("to").GetInt64());
    }

    [Fact]
    public async Task An_unknown_method_is_a_404_in_zadarmas_error_shape()
    {
        var signed = ZadarmaRequestSigner.Sign("/v1/no/such/method/", [new("format", "json")], SandboxHost.Secret);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_host.Address, "sandbox/zadarma/v1/no/such/method/?" + signed.Query));
        request.Headers.TryAddWithoutValidation("Authorization", $"{SandboxHost.Key}:{signed.Signature}");

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("error", body.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Replies_are_written_as_zadarma_writes_them()
    {
        var signed = ZadarmaRequestSigner.Sign("/v1/info/timezone/", [new("format", "json")], SandboxHost.Secret);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_host.Address, "sandbox/zadarma/v1/info/timezone/?" + signed.Query));
        request.Headers.TryAddWithoutValidation("Authorization", $"{SandboxHost.Key}:{signed.Signature}");

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("""{"status":"success","unixtime":""", body);
        Assert.EndsWith(""","timezone":"UTC+3"}""", body);
    }

    [Fact]
    public async Task An_unsigned_request_is_a_401_in_zadarmas_error_shape()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(_host.Address, "sandbox/zadarma/v1/info/balance/?format=json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"status":"error","message":"Not authorized"}""", body);
    }
}
