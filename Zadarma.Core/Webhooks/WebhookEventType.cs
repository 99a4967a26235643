namespace Zadarma.Core.Webhooks;

/// <summary>
/// The PBX notifications the journal understands. Flags, so a call can record the set of kinds it has seen.
/// </summary>
[Flags]
public enum WebhookEventType
{
    Unknown = 1,
    NotifyStart = 2,
    NotifyInternal = 4,
    NotifyAnswer = 8,
    NotifyEnd = 16,
    NotifyOutStart = 32,
    NotifyOutEnd = 64,
    NotifyRecord = 128,
    NotifyIvr = 256,
}

public static class WebhookEventTypes
{
    public static WebhookEventType FromName(string name) => name switch
    {
        "NOTIFY_START" => WebhookEventType.NotifyStart,
        "NOTIFY_INTERNAL" => WebhookEventType.NotifyInternal,
        "NOTIFY_ANSWER" => WebhookEventType.NotifyAnswer,
        "NOTIFY_END" => WebhookEventType.NotifyEnd,
        "NOTIFY_OUT_START" => WebhookEventType.NotifyOutStart,
        "NOTIFY_OUT_END" => WebhookEventType.NotifyOutEnd,
        "NOTIFY_RECORD" => WebhookEventType.NotifyRecord,
        "NOTIFY_IVR" => WebhookEventType.NotifyIvr,
        _ => WebhookEventType.Unknown,
    };

    public static bool IsEnd(this WebhookEventType type) =>
        type is WebhookEventType.NotifyEnd or WebhookEventType.NotifyOutEnd;
}
