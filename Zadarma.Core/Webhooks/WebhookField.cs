namespace Zadarma.Core.Webhooks;

/// <summary>The form fields Zadarma sends, by their wire names.</summary>
public static class WebhookField
{
    public const string Event = "event";
    public const string PbxCallId = "pbx_call_id";
    public const string CallStart = "call_start";
    public const string CallerId = "caller_id";
    public const string CalledDid = "called_did";
    public const string Destination = "destination";
    public const string Internal = "internal";
    public const string Duration = "duration";
    public const string Disposition = "disposition";
    public const string StatusCode = "status_code";
    public const string IsRecorded = "is_recorded";
    public const string CallIdWithRec = "call_id_with_rec";
}
