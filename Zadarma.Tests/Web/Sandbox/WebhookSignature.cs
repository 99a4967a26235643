using Zadarma.Core.Api;

namespace Zadarma.Tests.Web.Sandbox;

/// <summary>The receiver's side of API.md section 3, written apart from the sandbox so that the two check each other.</summary>
public static class WebhookSignature
{
    public static bool IsValid(ReceivedWebhook webhook, string secret)
    {
        string F(string name) => webhook.Fields.TryGetValue(name, out var value) ? value : "";
        var signed = webhook.Event switch
        {
            "NOTIFY_START" or "NOTIFY_INTERNAL" or "NOTIFY_END" or "NOTIFY_IVR" => F("caller_id") + F("called_did") + F("call_start"),
            "NOTIFY_ANSWER" => F("caller_id") + F("destination") + F("call_start"),
            "NOTIFY_OUT_START" or "NOTIFY_OUT_END" => F("internal") + F("destination") + F("call_start"),
            "NOTIFY_RECORD" => F("pbx_call_id") + F("call_id_with_rec"),
            _ => throw new InvalidOperationException($"Unexpected event {webhook.Event}"),
        };
        return ZadarmaHmac.Matches(secret, signed, webhook.Signature);
    }
}
