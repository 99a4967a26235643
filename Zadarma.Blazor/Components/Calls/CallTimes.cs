using System.Globalization;

namespace Zadarma.Blazor.Components.Calls;

/// <summary>
/// How call times read on screen: in the PBX's time zone, where the team and the journal live, in the
/// user's culture; durations as m:ss.
/// </summary>
public static class CallTimes
{
    public static string Local(DateTime? utc, int pbxUtcOffsetMinutes, string format = "g") =>
        utc is { } value ? value.AddMinutes(pbxUtcOffsetMinutes).ToString(format, CultureInfo.CurrentCulture) : "—";

    public static string Duration(int? seconds) =>
        seconds is { } s ? TimeSpan.FromSeconds(s).ToString(s >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : "—";
}
