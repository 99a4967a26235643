using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>/v1/statistics/pbx/</c>, one page of calls.</summary>
public sealed record PbxStatistics([property: JsonPropertyName("stats")] IReadOnlyList<PbxCallRecord> Calls);
