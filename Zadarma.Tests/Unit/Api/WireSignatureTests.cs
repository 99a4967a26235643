using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Core.Api;

namespace Zadarma.Tests.Unit.Api;

/// <summary>
/// The REST vectors of shared/zadarma/vectors.md as they leave the app: through the Refit client and its handlers, the
/// request on the wire carries the vector's signature over exactly the string it sends.
/// </summary>
public sealed class WireSignatureTests
{
    private const string Secret = "0123456789abcdef0123";
    private const string Base = "http://pbx.test/sandbox/zadarma";

    private static readonly ZadarmaCredentials Credentials = new(new Uri(Base), "key1", Secret);

    private static (IZadarmaApi Api, ScriptedHandler Network) Api(string reply, ZadarmaCredentials? credentials = null)
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.OK, reply));
        var services = TestZadarma.Services(network, new FixedAccount(credentials ?? Credentials));
        return (services.GetRequiredService<IZadarmaApi>(), network);
    }

    [Theory]
    [InlineData("balance", "/v1/info/balance/", "format=json", "YTU2ZmYwNzI2MGY2MmM5MDRkZWM3MDFmODZiMTZmMTRkYmE5NjVmYg==")]
    [InlineData("callback", "/v1/request/callback/", "format=json&from=100&predicted=1&sip=100&to=%2B442037691881", "NjQ1YmQwODUxYjdmNjIzMTU5NDRmNTFlOTYwZDc2YWI1ZTYxZWJlNA==")]
    [InlineData("statistics", "/v1/statistics/pbx/", "end=2024-01-31+23%3A59%3A59&format=json&start=2024-01-01+00%3A00%3A00&version=2", "NTM0NTM2NjM4ZTUwOGViNDE0ODAyZjFjYzI1ZWYzYTYzMzUyYjVhNA==")]
    [InlineData("webrtc", "/v1/webrtc/get_key/", "format=json&sip=123456-100", "YjljNDVjNTFjNGY1M2YwZWZlMzkzMGM0OGY2YjA0MzlkYWM1NWE2Zg==")]
    [InlineData("recording", "/v1/pbx/record/request/", "format=json&lifetime=5184000&pbx_call_id=in_ae6b03b3b0765d127ec0b739209346bbc4f0d52d", "ODk5Yjc1OTg0OTE4ZGNhOTVlYTFmYmNkOWMwNWU0ODkxN2FiZTgzNw==")]
    [InlineData("pbx", "/v1/pbx/internal/", "format=json", "MmNiNTFiYzI3NGU2ZTY5YWE1ODc1OTQ1NWJkZTBmZDAxOGFkNTIwMA==")]
    public async Task A_get_sends_the_vector_query_under_the_vector_signature(string call, string path, string query, string signature)
    {
        var (api, network) = Api(Replies[call]);

        await Send(api, call);

        var (request, body) = Assert.Single(network.Sent);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(Base + path, request.RequestUri!.GetLeftPart(UriPartial.Path));
        Assert.Equal("?" + query, request.RequestUri.Query);
        Assert.Null(body);
        Assert.Equal($"key1:{signature}", Authorization(request));
    }

    [Fact]
    public async Task A_post_sends_the_sorted_signed_string_as_its_form_body()
    {
        var (api, network) = Api("""{"status":"success"}""");

        await api.SetWebhookNotificationsAsync((WebhookNotifications.All with { Internal = false, OutStart = false }).ToForm(), null, CancellationToken.None);

        var (request, body) = Assert.Single(network.Sent);
        const string Signed = "format=json&notify_answer=true&notify_end=true&notify_internal=false&notify_out_end=true&notify_out_start=false&notify_start=true";
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(Base + "/v1/pbx/callinfo/notifications/", request.RequestUri!.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal(Signed, body);
        Assert.Equal("key1:" + ZadarmaHmac.Sign(Secret, "/v1/pbx/callinfo/notifications/" + Signed + Md5(Signed)), Authorization(request));
    }

    [Fact]
    public async Task Values_are_sent_php_encoded_whatever_refit_wrote()
    {
        // Refit escapes a space as %20 and leaves '!' '(' ')' alone in places; Zadarma signs "+" and %21 %28 %29.
        var (api, network) = Api("""{"status":"success","key":"k"}""");

        await api.GetWebRtcKeyAsync("Hi! (test)~", null, CancellationToken.None);

        var (request, _) = Assert.Single(network.Sent);
        const string Signed = "format=json&sip=Hi%21+%28test%29%7E";
        Assert.Equal("?" + Signed, request.RequestUri!.Query);
        Assert.Equal("key1:" + ZadarmaHmac.Sign(Secret, "/v1/webrtc/get_key/" + Signed + Md5(Signed)), Authorization(request));
    }

    [Fact]
    public async Task The_wire_signature_wraps_the_hex_digest_never_the_raw_one()
    {
        // The negative vector's secret; on the wire the query is format=json, so its signature is recomputed here.
        const string Negative = "d78f2a12cc1fc5effe71";
        var (api, network) = Api("""{"status":"success","balance":1,"currency":"USD"}""", Credentials with { Secret = Negative });

        await api.GetBalanceAsync(null, CancellationToken.None);

        var signature = Authorization(Assert.Single(network.Sent).Request)["key1:".Length..];
        var digest = HMACSHA1.HashData(Encoding.UTF8.GetBytes(Negative), Encoding.UTF8.GetBytes("/v1/info/balance/format=json" + Md5("format=json")));
        Assert.Equal(56, signature.Length);
        Assert.Equal(Convert.ToHexStringLower(digest), Encoding.ASCII.GetString(Convert.FromBase64String(signature)));
        Assert.NotEqual(Convert.ToBase64String(digest), signature);
    }

    [Fact]
    public async Task Given_credentials_go_to_their_own_address_and_the_saved_account_is_read_on_every_request()
    {
        var network = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","balance":1,"currency":"USD"}"""));
        var saved = new FixedAccount(Credentials);
        var client = TestZadarma.Client(network, saved);

        await client.For(new ZadarmaCredentials(new Uri("https://api.zadarma.test"), "tested", "ffffffffffffffffffff")).GetBalanceAsync();
        await client.GetBalanceAsync();
        saved.Credentials = new ZadarmaCredentials(new Uri("http://other.test/prefix/"), "key2", Secret);
        await client.GetBalanceAsync();

        Assert.Equal(
            [
                ("https://api.zadarma.test/v1/info/balance/?format=json", "tested:" + ZadarmaRequestSigner.Sign("/v1/info/balance/", [new("format", "json")], "ffffffffffffffffffff").Signature),
                (Base + "/v1/info/balance/?format=json", "key1:YTU2ZmYwNzI2MGY2MmM5MDRkZWM3MDFmODZiMTZmMTRkYmE5NjVmYg=="),
                ("http://other.test/prefix/v1/info/balance/?format=json", "key2:YTU2ZmYwNzI2MGY2MmM5MDRkZWM3MDFmODZiMTZmMTRkYmE5NjVmYg=="),
            ],
            network.Sent.Select(s => (s.Request.RequestUri!.AbsoluteUri, Authorization(s.Request))));
    }

    private static readonly Dictionary<string, string> Replies = new()
    {
        ["balance"] = """{"status":"success","balance":1,"currency":"USD"}""",
        ["callback"] = """{"status":"success","from":100,"to":442037691881,"time":1435573082}""",
        ["statistics"] = """{"status":"success","stats":[]}""",
        ["webrtc"] = """{"status":"success","key":"k"}""",
        ["recording"] = """{"status":"success","links":["https://x.test/1.mp3"],"lifetime_till":"2024-03-01 00:00:00"}""",
        ["pbx"] = """{"status":"success","pbx_id":123456,"numbers":[100]}""",
    };

    /// <summary>Calls the Refit client with the vector's parameters, for the saved account.</summary>
    private static Task Send(IZadarmaApi api, string call) => call switch
    {
        "balance" => api.GetBalanceAsync(null, CancellationToken.None),
        "callback" => api.RequestCallbackAsync("100", "+442037691881", "100", 1, null, CancellationToken.None),
        "statistics" => api.GetPbxStatisticsAsync("2024-01-01 00:00:00", "2024-01-31 23:59:59", 2, skip: null, limit: null, null, CancellationToken.None),
        "webrtc" => api.GetWebRtcKeyAsync("123456-100", null, CancellationToken.None),
        "recording" => api.RequestRecordingsByPbxCallAsync("in_ae6b03b3b0765d127ec0b739209346bbc4f0d52d", 5184000, null, CancellationToken.None),
        "pbx" => api.GetPbxAsync(null, CancellationToken.None),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
    };

    private static string Authorization(HttpRequestMessage request) => Assert.Single(request.Headers.GetValues("Authorization"));

    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
}
