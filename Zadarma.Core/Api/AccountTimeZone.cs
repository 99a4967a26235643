using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>/v1/info/timezone/</c>; webhook times are in this zone, with no offset written.</summary>
public sealed partial record AccountTimeZone(
    [property: JsonPropertyName("unixtime")] long UnixTime,
    [property: JsonPropertyName("datetime")] string LocalTime,
    [property: JsonPropertyName("timezone")] string TimeZone)
{
    /// <summary>
    /// The offset written in <see cref="TimeZone"/> (<c>UTC+3</c>, <c>UTC-5</c>, <c>UTC+5:30</c>, <c>UTC</c>), or null
    /// when it is not in that form. Needed because <c>call_start</c> in webhooks is local time, not UTC.
    /// </summary>
    public TimeSpan? UtcOffset
    {
        get
        {
            var match = OffsetPattern().Match(TimeZone.Trim());
            if (!match.Success)
                return null;
            if (!match.Groups["sign"].Success)
                return TimeSpan.Zero;
            var offset = TimeSpan.FromHours(int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture))
                + TimeSpan.FromMinutes(match.Groups["minutes"].Success ? int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0);
            if (offset > TimeSpan.FromHours(14))
                return null;
            return match.Groups["sign"].Value == "-" ? -offset : offset;
        }
    }

    [GeneratedRegex(@"^(?:UTC|GMT)(?:(?<sign>[+-])(?<hours>\d{1,2})(?::(?<minutes>[0-5]\d))?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
