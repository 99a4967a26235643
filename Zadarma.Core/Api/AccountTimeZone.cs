using System.Text.Json.Serialization;

using Zadarma.Core.Settings;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>/v1/info/timezone/</c>; webhook times are in this zone, with no offset written.</summary>
public sealed record AccountTimeZone(
    [property: JsonPropertyName("unixtime")] long UnixTime,
    [property: JsonPropertyName("datetime")] string LocalTime,
    [property: JsonPropertyName("timezone")] string TimeZone)
{
    /// <summary>
    /// The offset written in <see cref="TimeZone"/> (<c>UTC+3</c>, <c>UTC-5</c>, <c>UTC+5:30</c>, <c>UTC</c>), or null
    /// when it is not in that form. Needed because <c>call_start</c> in webhooks is local time, not UTC.
    /// </summary>
    public TimeSpan? UtcOffset => PbxTimeZone.TryParse(TimeZone, out var minutes) ? TimeSpan.FromMinutes(minutes.Value) : null;
}
