using System.Globalization;

namespace Zadarma.Blazor.Components.Calls;

/// <summary>
/// How call durations read on screen (m:ss), and which time zone call times are shown in. The times themselves go
/// through <see cref="Zadarma.Blazor.Time.UserTime"/>.
/// </summary>
public static class CallTimes
{
    /// <summary>In the PBX's time zone; for screens that do not show the user's own zone yet.</summary>
    public static string Local(DateTime? utc, int pbxUtcOffsetMinutes, string format = "g") =>
        utc is { } value ? value.AddMinutes(pbxUtcOffsetMinutes).ToString(format, CultureInfo.CurrentCulture) : "—";

    public static string Duration(int? seconds) =>
        seconds is { } s ? TimeSpan.FromSeconds(s).ToString(s >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : "—";

    /// <summary>"Europe/Warsaw, UTC+01:00": the zone by name where it has one, with its offset at that moment.</summary>
    public static string ZoneName(TimeZoneInfo zone, DateTime utc)
    {
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var utcOffset = $"UTC{sign}{offset.Duration():hh\\:mm}";
        // UTC itself, or a zone known only by its offset (the PBX's), needs no name.
        return zone.HasIanaId && !zone.Id.EndsWith("UTC", StringComparison.Ordinal) ? $"{zone.Id}, {utcOffset}" : utcOffset;
    }
}
