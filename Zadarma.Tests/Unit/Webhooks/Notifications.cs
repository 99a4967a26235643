using Zadarma.Core.Webhooks;

namespace Zadarma.Tests.Unit.Webhooks;

/// <summary>Notifications as the PBX sends them, field for field, for tests.</summary>
public static class Notifications
{
    public const string Secret = "0123456789abcdef0123";
    public const string Did = "74951234567";
    public const string CallStart = "2024-01-15 10:00:00";

    public static List<KeyValuePair<string, string>> Fields(params (string Key, string Value)[] fields) =>
        fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).ToList();

    public static List<KeyValuePair<string, string>> Start(string pbxCallId, string caller, string callStart = CallStart) => Fields(
        ("event", "NOTIFY_START"), ("call_start", callStart), ("pbx_call_id", pbxCallId), ("caller_id", caller), ("called_did", Did));

    public static List<KeyValuePair<string, string>> Internal(string pbxCallId, string caller, string extension) => Fields(
        ("event", "NOTIFY_INTERNAL"), ("call_start", CallStart), ("pbx_call_id", pbxCallId), ("caller_id", caller), ("called_did", Did), ("internal", extension));

    public static List<KeyValuePair<string, string>> Answer(string pbxCallId, string caller, string extension) => Fields(
        ("event", "NOTIFY_ANSWER"), ("caller_id", caller), ("destination", extension), ("call_start", CallStart), ("pbx_call_id", pbxCallId), ("internal", extension));

    public static List<KeyValuePair<string, string>> End(string pbxCallId, string caller, string extension, string disposition, int duration,
        string statusCode = "16", string recording = "") => Fields(
        ("event", "NOTIFY_END"), ("call_start", CallStart), ("pbx_call_id", pbxCallId), ("caller_id", caller), ("called_did", Did),
        ("internal", extension), ("duration", duration.ToString()), ("disposition", disposition), ("status_code", statusCode),
        ("is_recorded", recording.Length > 0 ? "1" : "0"), ("call_id_with_rec", recording));

    public static List<KeyValuePair<string, string>> OutStart(string pbxCallId, string extension, string destination) => Fields(
        ("event", "NOTIFY_OUT_START"), ("call_start", CallStart), ("pbx_call_id", pbxCallId), ("internal", extension), ("destination", destination));

    public static List<KeyValuePair<string, string>> OutEnd(string pbxCallId, string extension, string destination, string disposition, int duration) => Fields(
        ("event", "NOTIFY_OUT_END"), ("call_start", CallStart), ("pbx_call_id", pbxCallId), ("caller_id", Did), ("destination", destination),
        ("internal", extension), ("duration", duration.ToString()), ("disposition", disposition), ("status_code", "16"),
        ("is_recorded", "0"), ("call_id_with_rec", ""), ("calltype", "callback_leg2"));

    public static List<KeyValuePair<string, string>> Record(string pbxCallId, string recording) => Fields(
        ("event", "NOTIFY_RECORD"), ("call_id_with_rec", recording), ("pbx_call_id", pbxCallId));

    public static WebhookEvent Event(List<KeyValuePair<string, string>> fields, DateTime receivedUtc)
    {
        Assert.True(WebhookEvent.TryRead(fields, receivedUtc, out var webhook, out var error), error);
        return webhook;
    }

    public static string Sign(List<KeyValuePair<string, string>> fields, string secret = Secret) =>
        WebhookSignature.Sign(Event(fields, DateTime.UtcNow), secret);

    public const string Url = "/exec/Zadarma.notify";

    /// <summary>The POST the PBX makes, signed with the test secret.</summary>
    public static HttpRequestMessage Post(List<KeyValuePair<string, string>> fields) => Post(fields, Sign(fields));

    /// <summary>The POST the PBX makes, with this signature, or none.</summary>
    public static HttpRequestMessage Post(List<KeyValuePair<string, string>> fields, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new FormUrlEncodedContent(fields) };
        if (signature is not null)
            request.Headers.Add(WebhookSignature.Header, signature);
        return request;
    }
}
