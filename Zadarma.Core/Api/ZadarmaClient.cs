using System.Globalization;
using System.Net;
using System.Text;
using Polly;
using Polly.Timeout;

namespace Zadarma.Core.Api;

/// <summary>
/// The Zadarma REST API (typed client). Credentials are read on every call; every request is signed, counted against
/// the account's quotas, and its failure surfaces as one <see cref="ZadarmaException"/>.
/// </summary>
public sealed class ZadarmaClient(HttpClient http, IZadarmaAccount account, ZadarmaRateLimits limits, ZadarmaResilience resilience)
{
    private const string StatisticsTime = "yyyy-MM-dd HH:mm:ss";

    /// <summary>
    /// The same client, quotas and patience, talking to the given account instead of the saved one: for testing
    /// credentials before they are saved.
    /// </summary>
    public ZadarmaClient For(ZadarmaCredentials credentials) => new(http, new GivenAccount(credentials), limits, resilience);

    /// <summary>Also the connection test: it needs valid credentials and changes nothing.</summary>
    public Task<Balance> GetBalanceAsync(CancellationToken ct = default) =>
        GetAsync<Balance>("/v1/info/balance/", [], ct);

    public Task<AccountTimeZone> GetTimeZoneAsync(CancellationToken ct = default) =>
        GetAsync<AccountTimeZone>("/v1/info/timezone/", [], ct);

    public Task<Pbx> GetPbxAsync(CancellationToken ct = default) =>
        GetAsync<Pbx>("/v1/pbx/internal/", [], ct);

    public Task<ExtensionInfo> GetExtensionInfoAsync(int extension, CancellationToken ct = default) =>
        GetAsync<ExtensionInfo>($"/v1/pbx/internal/{extension.ToString(CultureInfo.InvariantCulture)}/info/", [], ct);

    public Task<ExtensionStatus> GetExtensionStatusAsync(int extension, CancellationToken ct = default) =>
        GetAsync<ExtensionStatus>($"/v1/pbx/internal/{extension.ToString(CultureInfo.InvariantCulture)}/status/", [], ct);

    /// <summary>
    /// Click-to-call: Zadarma rings <paramref name="from"/> (an extension) first, then <paramref name="to"/>; with
    /// <paramref name="predicted"/> it calls <paramref name="to"/> first. <paramref name="sip"/> chooses whose caller ID
    /// and recording settings apply. Sent once, never retried: although a GET, a repeat would ring the phones again.
    /// </summary>
    public Task<CallbackReply> RequestCallbackAsync(string from, string to, string? sip = null, bool predicted = false, CancellationToken ct = default) =>
        SendAsync<CallbackReply>(HttpMethod.Get, "/v1/request/callback/",
            [new("from", from), new("to", to), new("sip", sip), new("predicted", predicted ? "1" : null)], statistics: false, repeatable: false, ct);

    /// <param name="sipLogin"><c>pbx_id-extension</c>, as <see cref="Pbx.SipLogin"/> writes it.</param>
    public Task<WebRtcKey> GetWebRtcKeyAsync(string sipLogin, CancellationToken ct = default) =>
        GetAsync<WebRtcKey>("/v1/webrtc/get_key/", [new("sip", sipLogin)], ct);

    /// <param name="callIdWithRec">The <c>call_id_with_rec</c> of a webhook.</param>
    /// <param name="lifetime">How long the link works, 180 s to 60 days; Zadarma's default is 30 minutes.</param>
    public Task<RecordingLink> RequestRecordingAsync(string callIdWithRec, TimeSpan? lifetime = null, CancellationToken ct = default) =>
        GetAsync<RecordingLink>("/v1/pbx/record/request/", [new("call_id", callIdWithRec), Lifetime(lifetime)], ct);

    /// <param name="pbxCallId">The <c>pbx_call_id</c> shared by all events of a call; every recorded leg gets a link.</param>
    public Task<RecordingLinks> RequestRecordingsByPbxCallAsync(string pbxCallId, TimeSpan? lifetime = null, CancellationToken ct = default) =>
        GetAsync<RecordingLinks>("/v1/pbx/record/request/", [new("pbx_call_id", pbxCallId), Lifetime(lifetime)], ct);

    /// <summary>One page of PBX calls; only 3 such requests a minute are allowed.</summary>
    /// <param name="start">In the account's time zone, as Zadarma reads it; the range may span at most a month.</param>
    /// <param name="end">In the account's time zone.</param>
    /// <param name="limit">At most 1000.</param>
    public Task<PbxStatistics> GetPbxStatisticsAsync(DateTime start, DateTime end, int skip = 0, int limit = 1000, CancellationToken ct = default) =>
        SendAsync<PbxStatistics>(HttpMethod.Get, "/v1/statistics/pbx/",
        [
            new("start", start.ToString(StatisticsTime, CultureInfo.InvariantCulture)),
            new("end", end.ToString(StatisticsTime, CultureInfo.InvariantCulture)),
            new("version", "2"),
            new("skip", skip.ToString(CultureInfo.InvariantCulture)),
            new("limit", limit.ToString(CultureInfo.InvariantCulture)),
        ], statistics: true, repeatable: true, ct);

    public Task<WebhookSettings> GetWebhookSettingsAsync(CancellationToken ct = default) =>
        GetAsync<WebhookSettings>("/v1/pbx/callinfo/", [], ct);

    /// <summary>Zadarma checks the URL with a <c>zd_echo</c> request before it accepts it.</summary>
    public async Task SetWebhookUrlAsync(Uri url, CancellationToken ct = default) =>
        await SendAsync<StatusOnly>(HttpMethod.Post, "/v1/pbx/callinfo/url/", [new("url", url.AbsoluteUri)], statistics: false, repeatable: false, ct);

    public async Task SetWebhookNotificationsAsync(WebhookNotifications notifications, CancellationToken ct = default) =>
        await SendAsync<StatusOnly>(HttpMethod.Post, "/v1/pbx/callinfo/notifications/", notifications.ToParameters(), statistics: false, repeatable: false, ct);

    /// <summary>A GET that only reads, so a failure that may pass is retried.</summary>
    private Task<T> GetAsync<T>(string path, IEnumerable<KeyValuePair<string, string?>> parameters, CancellationToken ct) =>
        SendAsync<T>(HttpMethod.Get, path, parameters, statistics: false, repeatable: true, ct);

    /// <param name="repeatable">True only for requests that change nothing at Zadarma; the HTTP method does not tell.</param>
    private async Task<T> SendAsync<T>(HttpMethod method, string path, IEnumerable<KeyValuePair<string, string?>> parameters, bool statistics, bool repeatable, CancellationToken ct)
    {
        var credentials = await account.GetCredentialsAsync(ct);

        // The official clients always add and sign format=json.
        var signed = ZadarmaRequestSigner.Sign(path, parameters.Append(new("format", "json")), credentials.Secret);
        var address = new Uri(WithTrailingSlash(credentials.BaseUrl), path.TrimStart('/'));
        var pipeline = repeatable ? resilience.Retried : resilience.Once;

        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(
                async token =>
                {
                    // Per attempt: a retry is one more request to Zadarma's quota.
                    if (!limits.TryAcquire(statistics, out var wait))
                        throw new ZadarmaException(ZadarmaErrorKind.RateLimited, retryAfter: wait);
                    using var request = Compose(method, address, signed, credentials.Key);
                    return await http.SendAsync(request, token);
                },
                ct);
        }
        catch (HttpRequestException e)
        {
            throw new ZadarmaException(ZadarmaErrorKind.Unreachable, e.StatusCode, inner: e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new ZadarmaException(ZadarmaErrorKind.Unreachable, inner: e);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                limits.PauseFor(ZadarmaReply.RetryAfter(response) ?? TimeSpan.FromMinutes(1));
            return await ZadarmaReply.ReadAsync<T>(response, ct);
        }
    }

    private static HttpRequestMessage Compose(HttpMethod method, Uri address, SignedRequest signed, string key)
    {
        // The signed string is sent as it was signed: as the query of a GET, as the form body otherwise.
        var request = method == HttpMethod.Get
            ? new HttpRequestMessage(method, new UriBuilder(address) { Query = signed.Query }.Uri)
            : new HttpRequestMessage(method, address) { Content = new StringContent(signed.Query, Encoding.UTF8, "application/x-www-form-urlencoded") };
        // Headers.Add validates the value as a scheme and parameter, which "key:signature" is not.
        request.Headers.TryAddWithoutValidation("Authorization", $"{key}:{signed.Signature}");
        return request;
    }

    private static Uri WithTrailingSlash(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    private static KeyValuePair<string, string?> Lifetime(TimeSpan? lifetime) =>
        new("lifetime", lifetime is { } l ? ((long)l.TotalSeconds).ToString(CultureInfo.InvariantCulture) : null);

    private sealed class GivenAccount(ZadarmaCredentials credentials) : IZadarmaAccount
    {
        public ValueTask<ZadarmaCredentials> GetCredentialsAsync(CancellationToken ct) => ValueTask.FromResult(credentials);
    }

    /// <summary>Replies that carry nothing but <c>"status":"success"</c> worth reading.</summary>
    private sealed record StatusOnly;
}
