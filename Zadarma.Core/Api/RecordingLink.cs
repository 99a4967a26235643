using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>/v1/pbx/record/request/</c> asked by <c>call_id</c>: one temporary link.</summary>
public sealed record RecordingLink(
    [property: JsonPropertyName("link")] string Link,
    [property: JsonPropertyName("lifetime_till")] string LifetimeTill);
