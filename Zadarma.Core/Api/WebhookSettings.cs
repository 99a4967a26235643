using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>GET /v1/pbx/callinfo/</c>: where webhooks go and which ones are sent. An account that never set them may omit fields.</summary>
public sealed record WebhookSettings(
    [property: JsonPropertyName("url")] string? Url = null,
    [property: JsonPropertyName("notify_start")] bool NotifyStart = false,
    [property: JsonPropertyName("notify_internal")] bool NotifyInternal = false,
    [property: JsonPropertyName("notify_answer")] bool NotifyAnswer = false,
    [property: JsonPropertyName("notify_end")] bool NotifyEnd = false,
    [property: JsonPropertyName("notify_out_start")] bool NotifyOutStart = false,
    [property: JsonPropertyName("notify_out_end")] bool NotifyOutEnd = false)
{
    public WebhookNotifications Notifications => new(NotifyStart, NotifyInternal, NotifyAnswer, NotifyEnd, NotifyOutStart, NotifyOutEnd);
}
