using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>/v1/info/timezone/</c>; webhook times are in this zone, with no offset written.</summary>
public sealed record AccountTimeZone(
    [property: JsonPropertyName("unixtime")] long UnixTime,
    [property: JsonPropertyName("datetime")] string DateTime,
    [property: JsonPropertyName("timezone")] string TimeZone);
