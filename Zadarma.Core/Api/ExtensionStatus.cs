using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>/v1/pbx/internal/{ext}/status/</c>; Zadarma sends <c>is_online</c> as the string "true" or "false".</summary>
public sealed record ExtensionStatus(
    [property: JsonPropertyName("is_online")] bool IsOnline);
