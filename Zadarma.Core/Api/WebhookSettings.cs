using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>GET /v1/pbx/callinfo/</c>: where webhooks go and which ones are sent.</summary>
public sealed record WebhookSettings(
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("notify_start")] bool NotifyStart,
    [property: JsonPropertyName("notify_internal")] bool NotifyInternal,
    [property: JsonPropertyName("notify_answer")] bool NotifyAnswer,
    [property: JsonPropertyName("notify_end")] bool NotifyEnd,
    [property: JsonPropertyName("notify_out_start")] bool NotifyOutStart,
    [property: JsonPropertyName("notify_out_end")] bool NotifyOutEnd)
{
    public WebhookNotifications Notifications => new(NotifyStart, NotifyInternal, NotifyAnswer, NotifyEnd, NotifyOutStart, NotifyOutEnd);
}
