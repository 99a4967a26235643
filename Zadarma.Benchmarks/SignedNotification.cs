using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Zadarma.Core.Webhooks;

namespace Zadarma.Benchmarks;

/// <summary>A notification ready to post: the form body and its signature, made before the clock starts.</summary>
public sealed record SignedNotification(byte[] Body, string Signature)
{
    private const string Did = "74951234567";

    private static readonly MediaTypeHeaderValue Form = new("application/x-www-form-urlencoded");

    /// <summary>The POST the PBX would make to the app's receiver.</summary>
    public HttpRequestMessage ToRequest(Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = Form;
        request.Headers.TryAddWithoutValidation(WebhookSignature.Header, Signature);
        return request;
    }

    /// <summary>Calls of four notifications each (START, INTERNAL, ANSWER, END), the way an answered call arrives.</summary>
    public static List<SignedNotification> AnsweredCalls(string prefix, int events, string secret)
    {
        var list = new List<SignedNotification>(events);
        var start = new DateTime(2024, 1, 15, 10, 0, 0).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        for (var call = 0; list.Count < events; call++)
        {
            var id = $"{prefix}{call}";
            var caller = (79_000_000_000L + call % 1_000_000).ToString(CultureInfo.InvariantCulture);
            var ext = (100 + call % 20).ToString(CultureInfo.InvariantCulture);
            (string, string)[][] notifications =
            [
                [("event", "NOTIFY_START"), ("call_start", start), ("pbx_call_id", id), ("caller_id", caller), ("called_did", Did)],
                [("event", "NOTIFY_INTERNAL"), ("call_start", start), ("pbx_call_id", id), ("caller_id", caller), ("called_did", Did), ("internal", ext)],
                [("event", "NOTIFY_ANSWER"), ("caller_id", caller), ("destination", ext), ("call_start", start), ("pbx_call_id", id), ("internal", ext)],
                [("event", "NOTIFY_END"), ("call_start", start), ("pbx_call_id", id), ("caller_id", caller), ("called_did", Did), ("internal", ext),
                    ("duration", "42"), ("disposition", "answered"), ("status_code", "16"), ("is_recorded", "0"), ("call_id_with_rec", "")],
            ];
            foreach (var fields in notifications.Take(events - list.Count))
                list.Add(Sign(fields, secret));
        }
        return list;
    }

    /// <summary>An incoming call entering the PBX: the notification whose reply carries the routing decision.</summary>
    public static SignedNotification Start(string pbxCallId, string caller, string secret, string callStart = "2024-01-15 10:00:00") =>
        Sign([("event", "NOTIFY_START"), ("call_start", callStart), ("pbx_call_id", pbxCallId), ("caller_id", caller), ("called_did", Did)], secret);

    /// <summary>The end of an incoming call nobody answered: with its start, a finished call in the journal.</summary>
    public static SignedNotification End(string pbxCallId, string caller, string secret, string callStart) =>
        Sign([("event", "NOTIFY_END"), ("call_start", callStart), ("pbx_call_id", pbxCallId), ("caller_id", caller), ("called_did", Did),
            ("internal", ""), ("duration", "0"), ("disposition", "no answer"), ("status_code", "19"), ("is_recorded", "0"), ("call_id_with_rec", "")], secret);

    private static SignedNotification Sign((string Key, string Value)[] fields, string secret)
    {
        var pairs = fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).ToList();
        if (!WebhookEvent.TryRead(pairs, DateTime.UtcNow, out var webhook, out var error))
            throw new InvalidOperationException(error);
        var body = string.Join('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return new SignedNotification(Encoding.ASCII.GetBytes(body), WebhookSignature.Sign(webhook, secret));
    }
}
