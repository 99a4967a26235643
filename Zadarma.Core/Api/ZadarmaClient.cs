using System.Globalization;
using Polly;
using Polly.Timeout;

namespace Zadarma.Core.Api;

/// <summary>
/// The Zadarma REST API in the app's terms, over the Refit client <see cref="IZadarmaApi"/>. Each method says whether
/// its request may be repeated; the handlers underneath sign it, count it against the quotas and check the reply, so
/// that any failure surfaces as one <see cref="ZadarmaException"/>.
/// </summary>
public sealed class ZadarmaClient
{
    private const string StatisticsTime = "yyyy-MM-dd HH:mm:ss";

    private readonly IZadarmaApi _api;
    private readonly ZadarmaResilience _resilience;

    /// <summary>Null for the saved account, read by the handlers on every request.</summary>
    private readonly ZadarmaCredentials? _account;

    public ZadarmaClient(IZadarmaApi api, ZadarmaResilience resilience)
        : this(api, resilience, account: null)
    {
    }

    private ZadarmaClient(IZadarmaApi api, ZadarmaResilience resilience, ZadarmaCredentials? account)
    {
        _api = api;
        _resilience = resilience;
        _account = account;
    }

    /// <summary>
    /// The same client, quotas and patience, talking to the given account instead of the saved one: for testing
    /// credentials before they are saved.
    /// </summary>
    public ZadarmaClient For(ZadarmaCredentials credentials) => new(_api, _resilience, credentials);

    /// <summary>Also the connection test: it needs valid credentials and changes nothing.</summary>
    public Task<Balance> GetBalanceAsync(CancellationToken ct = default) =>
        ReadAsync(token => _api.GetBalanceAsync(_account, token), ct);

    public Task<AccountTimeZone> GetTimeZoneAsync(CancellationToken ct = default) =>
        ReadAsync(token => _api.GetTimeZoneAsync(_account, token), ct);

    public Task<Pbx> GetPbxAsync(CancellationToken ct = default) =>
        ReadAsync(token => _api.GetPbxAsync(_account, token), ct);

    public Task<ExtensionInfo> GetExtensionInfoAsync(int extension, CancellationToken ct = default) =>
        ReadAsync(token => _api.GetExtensionInfoAsync(extension, _account, token), ct);

    public Task<ExtensionStatus> GetExtensionStatusAsync(int extension, CancellationToken ct = default) =>
        ReadAsync(token => _api.GetExtensionStatusAsync(extension, _account, token), ct);

    /// <summary>
    /// Click-to-call: Zadarma rings <paramref name="from"/> (an extension) first, then <paramref name="to"/>; with
    /// <paramref name="predicted"/> it calls <paramref name="to"/> first. <paramref name="sip"/> chooses whose caller ID
    /// and recording settings apply. Sent once, never retried: although a GET, a repeat would ring the phones again.
    /// </summary>
    public Task<CallbackReply> RequestCallbackAsync(string from, string to, string? sip = null, bool predicted = false, CancellationToken ct = default) =>
        SendOnceAsync(token => _api.RequestCallbackAsync(from, to, sip, predicted ? 1 : null, _account, token), ct);

    /// <param name="sipLogin"><c>pbx_id-extension</c>, as <see cref="Pbx.SipLogin"/> writes it.</param>
    public Task<WebRtcKey> GetWebRtcKeyAsync(string sipLogin, CancellationToken ct = default) =>
        ReadAsync(token => _api.GetWebRtcKeyAsync(sipLogin, _account, token), ct);

    /// <param name="callIdWithRec">The <c>call_id_with_rec</c> of a webhook.</param>
    /// <param name="lifetime">How long the link works, 180 s to 60 days; Zadarma's default is 30 minutes.</param>
    public Task<RecordingLink> RequestRecordingAsync(string callIdWithRec, TimeSpan? lifetime = null, CancellationToken ct = default) =>
        ReadAsync(token => _api.RequestRecordingAsync(callIdWithRec, Seconds(lifetime), _account, token), ct);

    /// <param name="pbxCallId">The <c>pbx_call_id</c> shared by all events of a call; every recorded leg gets a link.</param>
    public Task<RecordingLinks> RequestRecordingsByPbxCallAsync(string pbxCallId, TimeSpan? lifetime = null, CancellationToken ct = default) =>
        ReadAsync(token => _api.RequestRecordingsByPbxCallAsync(pbxCallId, Seconds(lifetime), _account, token), ct);

    /// <summary>One page of PBX calls; only 3 such requests a minute are allowed.</summary>
    /// <param name="start">In the account's time zone, as Zadarma reads it; the range may span at most a month.</param>
    /// <param name="end">In the account's time zone.</param>
    /// <param name="limit">At most 1000.</param>
    public Task<PbxStatistics> GetPbxStatisticsAsync(DateTime start, DateTime end, int skip = 0, int limit = 1000, CancellationToken ct = default) =>
        ReadAsync(token => _api.GetPbxStatisticsAsync(
            start.ToString(StatisticsTime, CultureInfo.InvariantCulture),
            end.ToString(StatisticsTime, CultureInfo.InvariantCulture),
            version: 2, skip, limit, _account, token), ct);

    public Task<WebhookSettings> GetWebhookSettingsAsync(CancellationToken ct = default) =>
        ReadAsync(token => _api.GetWebhookSettingsAsync(_account, token), ct);

    /// <summary>Zadarma checks the URL with a <c>zd_echo</c> request before it accepts it.</summary>
    public Task SetWebhookUrlAsync(Uri url, CancellationToken ct = default) =>
        SendOnceAsync(async token =>
        {
            await _api.SetWebhookUrlAsync(new() { ["url"] = url.AbsoluteUri }, _account, token);
            return true;
        }, ct);

    public Task SetWebhookNotificationsAsync(WebhookNotifications notifications, CancellationToken ct = default) =>
        SendOnceAsync(async token =>
        {
            await _api.SetWebhookNotificationsAsync(notifications.ToForm(), _account, token);
            return true;
        }, ct);

    /// <summary>A request that only reads, so a failure that may pass is retried.</summary>
    private Task<T> ReadAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken ct) =>
        RunAsync(_resilience.Retried, call, ct);

    /// <summary>A request that changes something at Zadarma; the HTTP method does not tell.</summary>
    private Task<T> SendOnceAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken ct) =>
        RunAsync(_resilience.Once, call, ct);

    private static async Task<T> RunAsync<T>(ResiliencePipeline pipeline, Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        try
        {
            return await pipeline.ExecuteAsync(async token => await call(token), ct);
        }
        catch (TimeoutRejectedException e)
        {
            throw new ZadarmaException(ZadarmaErrorKind.Unreachable, inner: e);
        }
    }

    private static long? Seconds(TimeSpan? lifetime) => lifetime is { } l ? (long)l.TotalSeconds : null;
}
