using System.Globalization;

namespace Zadarma.Blazor.Time;

/// <summary>
/// Shows times as the signed-in user reads them: in their time zone, in their language's one format. One per circuit
/// (or per request for static pages); the culture is the one the page started in, so text rendered later from a
/// background notification still comes out in the user's language.
/// </summary>
public sealed class UserTime
{
    public CultureInfo Culture { get; } = CultureInfo.CurrentCulture;
    public CultureInfo UiCulture { get; } = CultureInfo.CurrentUICulture;
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    private TimeFormats Formats => TimeFormats.For(UiCulture);

    /// <summary>Sets the zone by IANA id; without a known one, the PBX's offset from UTC, where the team works.</summary>
    public void Use(string? timeZoneId, int fallbackUtcOffsetMinutes)
    {
        Zone = timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("PBX", TimeSpan.FromMinutes(fallbackUtcOffsetMinutes), "PBX", "PBX");
    }

    public System.DateTime ToLocal(System.DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public System.DateTime ToUtc(System.DateTime local) => TimeZoneInfo.ConvertTimeToUtc(System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public string Date(System.DateTime? utc) => Format(utc, Formats.Date);

    public string Time(System.DateTime? utc) => Format(utc, Formats.Time);

    public string DateTime(System.DateTime? utc) => Format(utc, Formats.DateTime);

    public string LongDateTime(System.DateTime? utc) => Format(utc, Formats.LongDateTime);

    private string Format(System.DateTime? utc, string format) =>
        utc is { } value ? ToLocal(value).ToString(format, Culture) : "—";
}
