using System.Net;
using Zadarma.Core.Api;

namespace Zadarma.Tests.Unit.Api;

/// <summary>The client against scripted replies: request shape, reply parsing, error mapping, quotas and retries.</summary>
public sealed class ZadarmaClientTests
{
    private const string Secret = "0123456789abcdef0123";

    private static readonly ZadarmaCredentials Credentials = new(new Uri("http://pbx.test/sandbox/zadarma"), "key1", Secret);

    private static ZadarmaClient Client(ScriptedHandler handler, ZadarmaApiOptions? options = null, ZadarmaRateLimits? limits = null)
    {
        return TestZadarma.Client(handler, new FixedAccount(Credentials), options, limits);
    }

    [Fact]
    public async Task Get_sends_the_signed_query_under_the_base_path_with_the_authorization_header()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","balance":"10.5","currency":"USD"}"""));

        var balance = await Client(handler).GetBalanceAsync();

        var sent = Assert.Single(handler.Sent).Request;
        Assert.Equal("http://pbx.test/sandbox/zadarma/v1/info/balance/?format=json", sent.RequestUri!.AbsoluteUri);
        Assert.Equal("key1:YTU2ZmYwNzI2MGY2MmM5MDRkZWM3MDFmODZiMTZmMTRkYmE5NjVmYg==", Assert.Single(sent.Headers.GetValues("Authorization")));
        Assert.Equal(new Balance(10.5m, "USD"), balance);
    }

    [Fact]
    public async Task Callback_signs_the_vector_parameters()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","from":100,"to":442037691881,"time":1435573082}"""));

        var reply = await Client(handler).RequestCallbackAsync("100", "+442037691881", sip: "100", predicted: true);

        var sent = Assert.Single(handler.Sent).Request;
        Assert.Equal("format=json&from=100&predicted=1&sip=100&to=%2B442037691881", sent.RequestUri!.Query.TrimStart('?'));
        Assert.EndsWith(":NjQ1YmQwODUxYjdmNjIzMTU5NDRmNTFlOTYwZDc2YWI1ZTYxZWJlNA==", sent.Headers.GetValues("Authorization").Single());
        Assert.Equal(new CallbackReply("100", "442037691881", 1435573082), reply);
    }

    [Fact]
    public async Task Post_sends_the_signed_string_as_a_form_body()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","url":"https://crm.test/exec/Zadarma.notify"}"""));

        await Client(handler).SetWebhookUrlAsync(new Uri("https://crm.test/exec/Zadarma.notify"));

        var (request, body) = Assert.Single(handler.Sent);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://pbx.test/sandbox/zadarma/v1/pbx/callinfo/url/", request.RequestUri!.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("format=json&url=https%3A%2F%2Fcrm.test%2Fexec%2FZadarma.notify", body);
    }

    [Fact]
    public async Task Reads_string_flags_and_number_arrays()
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","is_online":"false"}"""),
            ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","pbx_id":123456,"numbers":[100,101]}"""));
        var client = Client(handler);

        Assert.False((await client.GetExtensionStatusAsync(100)).IsOnline);
        var pbx = await client.GetPbxAsync();
        Assert.Equal(123456, pbx.PbxId);
        Assert.Equal([100, 101], pbx.Numbers);
        Assert.Equal("123456-101", pbx.SipLogin(101));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, ZadarmaErrorKind.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden, ZadarmaErrorKind.Unauthorized)]
    [InlineData(HttpStatusCode.BadRequest, ZadarmaErrorKind.Rejected)]
    [InlineData(HttpStatusCode.NotFound, ZadarmaErrorKind.Rejected)]
    [InlineData(HttpStatusCode.InternalServerError, ZadarmaErrorKind.Unreachable)]
    public async Task Maps_error_statuses_to_kinds_with_zadarmas_message(HttpStatusCode status, ZadarmaErrorKind kind)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(status, """{"status":"error","message":"Not authorized"}"""));

        var error = await Assert.ThrowsAsync<ZadarmaException>(() => Client(handler).GetBalanceAsync());

        Assert.Equal(kind, error.Kind);
        Assert.Equal(status, error.Status);
        Assert.Equal("Not authorized", error.ZadarmaMessage);
    }

    [Fact]
    public async Task Status_error_with_http_200_is_a_failure()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"error","message":"Wrong parameter"}"""));

        var error = await Assert.ThrowsAsync<ZadarmaException>(() => Client(handler).GetBalanceAsync());

        Assert.Equal(ZadarmaErrorKind.Rejected, error.Kind);
        Assert.Equal("Wrong parameter", error.ZadarmaMessage);
    }

    [Fact]
    public async Task A_post_answered_with_status_error_is_rejected_with_zadarmas_message()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"error","message":"Url is not available"}"""));

        var error = await Assert.ThrowsAsync<ZadarmaException>(() => Client(handler).SetWebhookUrlAsync(new Uri("https://crm.test/exec/Zadarma.notify")));

        Assert.Equal(ZadarmaErrorKind.Rejected, error.Kind);
        Assert.Equal(HttpStatusCode.OK, error.Status);
        Assert.Equal("Url is not available", error.ZadarmaMessage);
        Assert.Single(handler.Sent);
    }

    [Theory]
    [InlineData("<html>gateway</html>")]
    [InlineData("""{"status":"success","currency":"USD"}""")]
    [InlineData("""{"status":"success","balance":"lots","currency":"USD"}""")]
    [InlineData("[]")]
    public async Task A_reply_not_in_zadarmas_shape_is_invalid(string body)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.OK, body));

        var error = await Assert.ThrowsAsync<ZadarmaException>(() => Client(handler).GetBalanceAsync());

        Assert.Equal(ZadarmaErrorKind.InvalidReply, error.Kind);
    }

    [Fact]
    public async Task A_429_is_rate_limited_with_its_retry_after_and_pauses_further_calls()
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Json(HttpStatusCode.TooManyRequests, """{"status":"error","message":"You exceeded the rate limit"}""", TimeSpan.FromSeconds(42)),
            ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","balance":1,"currency":"USD"}"""));
        var client = Client(handler);

        var first = await Assert.ThrowsAsync<ZadarmaException>(() => client.GetBalanceAsync());
        var second = await Assert.ThrowsAsync<ZadarmaException>(() => client.GetBalanceAsync());

        Assert.Equal(ZadarmaErrorKind.RateLimited, first.Kind);
        Assert.Equal(TimeSpan.FromSeconds(42), first.RetryAfter);
        Assert.Equal(ZadarmaErrorKind.RateLimited, second.Kind);
        Assert.InRange(second.RetryAfter!.Value, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(42));
        Assert.Single(handler.Sent);
    }

    [Fact]
    public async Task The_fourth_statistics_call_in_a_minute_is_refused_here_without_sending()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","stats":[]}"""));
        var client = Client(handler);
        var start = new DateTime(2024, 1, 1);

        for (var i = 0; i < 3; i++)
            await client.GetPbxStatisticsAsync(start, start.AddDays(30));
        var refused = await Assert.ThrowsAsync<ZadarmaException>(() => client.GetPbxStatisticsAsync(start, start.AddDays(30)));

        Assert.Equal(ZadarmaErrorKind.RateLimited, refused.Kind);
        Assert.Null(refused.Status);
        Assert.True(refused.RetryAfter > TimeSpan.Zero);
        Assert.Equal(3, handler.Sent.Count);
        Assert.Contains("version=2", handler.Sent[0].Request.RequestUri!.Query);
    }

    [Fact]
    public async Task The_overall_quota_covers_every_method()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","balance":1,"currency":"USD"}"""));
        var client = Client(handler, new ZadarmaApiOptions { RequestsPerMinute = 2 });

        await client.GetBalanceAsync();
        await client.GetBalanceAsync();
        var refused = await Assert.ThrowsAsync<ZadarmaException>(() => client.GetBalanceAsync());

        Assert.Equal(ZadarmaErrorKind.RateLimited, refused.Kind);
        Assert.Equal(2, handler.Sent.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task A_get_is_retried_twice_on_transient_statuses(HttpStatusCode status)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(status, "{}"));

        var error = await Assert.ThrowsAsync<ZadarmaException>(() => Client(handler).GetBalanceAsync());

        Assert.Equal(ZadarmaErrorKind.Unreachable, error.Kind);
        Assert.Equal(3, handler.Sent.Count);
    }

    [Fact]
    public async Task A_get_succeeds_when_a_retry_does()
    {
        var handler = new ScriptedHandler(
            (_, _) => throw new HttpRequestException("connection reset"),
            ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","balance":3,"currency":"EUR"}"""));

        var balance = await Client(handler).GetBalanceAsync();

        Assert.Equal("EUR", balance.Currency);
        Assert.Equal(2, handler.Sent.Count);
    }

    [Fact]
    public async Task A_post_is_never_repeated()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.ServiceUnavailable, "{}"));

        var error = await Assert.ThrowsAsync<ZadarmaException>(() => Client(handler).SetWebhookNotificationsAsync(WebhookNotifications.All));

        Assert.Equal(ZadarmaErrorKind.Unreachable, error.Kind);
        Assert.Single(handler.Sent);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task A_callback_is_sent_once_even_when_it_fails_on_a_transient_status(HttpStatusCode status)
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Json(status, "{}"),
            ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","from":100,"to":79991234567,"time":1435573082}"""));

        var error = await Assert.ThrowsAsync<ZadarmaException>(() => Client(handler).RequestCallbackAsync("100", "+79991234567"));

        Assert.Equal(ZadarmaErrorKind.Unreachable, error.Kind);
        Assert.Single(handler.Sent);
    }

    [Fact]
    public async Task A_callback_is_not_repeated_after_a_network_failure_or_a_timeout()
    {
        var reset = new ScriptedHandler(
            (_, _) => throw new HttpRequestException("connection reset"),
            ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","from":100,"to":79991234567,"time":1435573082}"""));
        var silent = new ScriptedHandler(async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var options = new ZadarmaApiOptions { Timeout = TimeSpan.FromMilliseconds(50), RetryDelay = TimeSpan.Zero };

        Assert.Equal(ZadarmaErrorKind.Unreachable, (await Assert.ThrowsAsync<ZadarmaException>(() => Client(reset).RequestCallbackAsync("100", "+79991234567"))).Kind);
        Assert.Equal(ZadarmaErrorKind.Unreachable, (await Assert.ThrowsAsync<ZadarmaException>(() => Client(silent, options).RequestCallbackAsync("100", "+79991234567"))).Kind);

        Assert.Single(reset.Sent);
        Assert.Single(silent.Sent);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.BadRequest, """{"status":"error","message":"x"}"""));

        await Assert.ThrowsAsync<ZadarmaException>(() => Client(handler).GetBalanceAsync());

        Assert.Single(handler.Sent);
    }

    [Fact]
    public async Task A_silent_server_times_out_as_unreachable()
    {
        var handler = new ScriptedHandler(async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var options = new ZadarmaApiOptions { Timeout = TimeSpan.FromMilliseconds(50), RetryDelay = TimeSpan.Zero, MaxRetries = 1 };

        var error = await Assert.ThrowsAsync<ZadarmaException>(() => Client(handler, options).GetBalanceAsync());

        Assert.Equal(ZadarmaErrorKind.Unreachable, error.Kind);
        Assert.Equal(2, handler.Sent.Count);
    }

    [Fact]
    public async Task A_body_cut_off_while_reading_is_unreachable()
    {
        // The reply is read whole within the attempt; the buffering reports the reset as an HttpRequestException.
        var cut = new ScriptedHandler((_, _) => Task.FromResult(
            new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BrokenStream()) }));

        var error = await Assert.ThrowsAsync<ZadarmaException>(() => Client(cut).GetBalanceAsync());

        Assert.Equal(ZadarmaErrorKind.Unreachable, error.Kind);
        Assert.IsType<IOException>(error.GetBaseException());
        // A GET that only reads: tried again, like any network failure.
        Assert.Equal(3, cut.Sent.Count);
    }

    /// <summary>A reply body whose connection is reset after the headers.</summary>
    private sealed class BrokenStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("Connection reset by peer");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(new IOException("Connection reset by peer"));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromException<int>(new IOException("Connection reset by peer"));
    }

    [Fact]
    public void Credentials_and_keys_do_not_print_their_secrets()
    {
        Assert.DoesNotContain(Secret, Credentials.ToString());
        Assert.DoesNotContain("s3cr3t-key", new WebRtcKey("s3cr3t-key").ToString());
    }
}
