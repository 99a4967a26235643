using Refit;

namespace Zadarma.Core.Api;

/// <summary>
/// The Zadarma REST methods the app calls, named as Zadarma names them. Nothing here is signed or counted yet: the
/// client's handlers add <c>format=json</c>, sign, send to the account's address and check the reply.
/// </summary>
/// <remarks>
/// Every method takes the account to use as a request option (<see cref="GivenAccount"/>): null means the saved one.
/// An option, unlike a second client, keeps the same handlers and quotas for credentials being tested.
/// </remarks>
public interface IZadarmaApi
{
    [Get("/v1/info/balance/")]
    Task<Balance> GetBalanceAsync([Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);

    [Get("/v1/info/timezone/")]
    Task<AccountTimeZone> GetTimeZoneAsync([Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);

    [Get("/v1/pbx/internal/")]
    Task<Pbx> GetPbxAsync([Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);

    [Get("/v1/pbx/internal/{extension}/info/")]
    Task<ExtensionInfo> GetExtensionInfoAsync(int extension, [Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);

    [Get("/v1/pbx/internal/{extension}/status/")]
    Task<ExtensionStatus> GetExtensionStatusAsync(int extension, [Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);

    /// <param name="predicted"><c>1</c> to call <paramref name="to"/> first; null leaves it out.</param>
    [Get("/v1/request/callback/")]
    Task<CallbackReply> RequestCallbackAsync(
        string from, string to, string? sip, int? predicted, [Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);

    [Get("/v1/webrtc/get_key/")]
    Task<WebRtcKey> GetWebRtcKeyAsync(string sip, [Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);

    /// <param name="lifetime">Seconds; null for Zadarma's default.</param>
    [Get("/v1/pbx/record/request/")]
    Task<RecordingLink> RequestRecordingAsync(
        [AliasAs("call_id")] string callId, long? lifetime, [Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);

    /// <param name="lifetime">Seconds; null for Zadarma's default.</param>
    [Get("/v1/pbx/record/request/")]
    Task<RecordingLinks> RequestRecordingsByPbxCallAsync(
        [AliasAs("pbx_call_id")] string pbxCallId, long? lifetime, [Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);

    /// <param name="start">Account time, <c>yyyy-MM-dd HH:mm:ss</c>.</param>
    /// <param name="end">Account time, <c>yyyy-MM-dd HH:mm:ss</c>.</param>
    [Get("/v1/statistics/pbx/")]
    Task<PbxStatistics> GetPbxStatisticsAsync(
        string start, string end, int version, int? skip, int? limit, [Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);

    [Get("/v1/pbx/callinfo/")]
    Task<WebhookSettings> GetWebhookSettingsAsync([Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);

    /// <param name="form">The field <c>url</c>.</param>
    [Post("/v1/pbx/callinfo/url/")]
    Task SetWebhookUrlAsync(
        [Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form, [Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);

    /// <param name="form">The fields of <see cref="WebhookNotifications.ToForm"/>.</param>
    [Post("/v1/pbx/callinfo/notifications/")]
    Task SetWebhookNotificationsAsync(
        [Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form, [Property(GivenAccount.Option)] ZadarmaCredentials? account, CancellationToken ct);
}
