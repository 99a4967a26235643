using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>/v1/info/balance/</c>.</summary>
public sealed record Balance(
    [property: JsonPropertyName("balance")] decimal Amount,
    [property: JsonPropertyName("currency")] string Currency);
