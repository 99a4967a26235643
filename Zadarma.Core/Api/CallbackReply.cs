using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>/v1/request/callback/</c>. It carries no call id: the call is matched through the webhooks that follow.</summary>
public sealed record CallbackReply(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("time")] long Time);
