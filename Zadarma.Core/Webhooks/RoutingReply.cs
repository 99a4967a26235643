using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zadarma.Core.Webhooks;

/// <summary>
/// The call-control reply to NOTIFY_START and NOTIFY_IVR: send the call to an extension or scenario,
/// name the caller, or hang up.
/// </summary>
public sealed record RoutingReply
{
    /// <summary>An extension (<c>101</c>), a scenario (<c>0-1</c>), the menu (<c>0-main</c>) or <c>blacklist</c>.</summary>
    [JsonPropertyName("redirect")]
    public string? Redirect { get; init; }

    /// <summary>Seconds before an unanswered redirect returns to the PBX scenario; 0 never returns, otherwise at least 3.</summary>
    [JsonPropertyName("return_timeout")]
    public int? ReturnTimeout { get; init; }

    [JsonPropertyName("caller_name")]
    public string? CallerName { get; init; }

    [JsonPropertyName("hangup")]
    public int? Hangup { get; init; }

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
