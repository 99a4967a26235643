using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>/v1/pbx/record/request/</c> asked by <c>pbx_call_id</c>: a link per recorded leg.</summary>
public sealed record RecordingLinks(
    [property: JsonPropertyName("links")] IReadOnlyList<string> Links,
    [property: JsonPropertyName("lifetime_till")] string LifetimeTill);
