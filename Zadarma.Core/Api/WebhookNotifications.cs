using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Which call events Zadarma posts to the webhook URL.</summary>
public sealed record WebhookNotifications(
    [property: JsonPropertyName("notify_start")] bool Start,
    [property: JsonPropertyName("notify_internal")] bool Internal,
    [property: JsonPropertyName("notify_answer")] bool Answer,
    [property: JsonPropertyName("notify_end")] bool End,
    [property: JsonPropertyName("notify_out_start")] bool OutStart,
    [property: JsonPropertyName("notify_out_end")] bool OutEnd)
{
    public static readonly WebhookNotifications All = new(true, true, true, true, true, true);

    /// <summary>The form fields of <c>/v1/pbx/callinfo/notifications/</c>.</summary>
    public Dictionary<string, string> ToForm() => new()
    {
        ["notify_start"] = Flag(Start),
        ["notify_internal"] = Flag(Internal),
        ["notify_answer"] = Flag(Answer),
        ["notify_end"] = Flag(End),
        ["notify_out_start"] = Flag(OutStart),
        ["notify_out_end"] = Flag(OutEnd),
    };

    private static string Flag(bool value) => value ? "true" : "false";
}
