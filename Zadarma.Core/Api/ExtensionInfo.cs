using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>/v1/pbx/internal/{ext}/info/</c>.</summary>
public sealed record ExtensionInfo(
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("caller_id")] string? CallerId = null,
    [property: JsonPropertyName("lines")] int Lines = 0,
    [property: JsonPropertyName("is_active")] bool IsActive = true,
    [property: JsonPropertyName("caller_id_app_change")] bool CallerIdAppChange = false);
