using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Zadarma.Core.Settings;

/// <summary>The account time zone as Zadarma writes it (<c>UTC+3</c>, <c>UTC-4</c>, <c>UTC+5:30</c>), in minutes east of UTC.</summary>
public static partial class PbxTimeZone
{
    public const int MinOffsetMinutes = -12 * 60;
    public const int MaxOffsetMinutes = 14 * 60;

    public static bool TryParse(string? text, [NotNullWhen(true)] out int? offsetMinutes)
    {
        offsetMinutes = null;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
            return false;
        if (!match.Groups["sign"].Success)
        {
            offsetMinutes = 0;
            return true;
        }
        var hours = int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["minutes"].Success ? int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
        var total = (hours * 60 + minutes) * (match.Groups["sign"].Value == "-" ? -1 : 1);
        if (minutes >= 60 || total is < MinOffsetMinutes or > MaxOffsetMinutes)
            return false;
        offsetMinutes = total;
        return true;
    }

    public static string Format(int offsetMinutes)
    {
        if (offsetMinutes == 0)
            return "UTC";
        var sign = offsetMinutes < 0 ? "-" : "+";
        var abs = Math.Abs(offsetMinutes);
        return abs % 60 == 0 ? $"UTC{sign}{abs / 60}" : $"UTC{sign}{abs / 60}:{abs % 60:00}";
    }

    [GeneratedRegex(@"^(?:UTC|GMT)(?:(?<sign>[+-])(?<hours>\d{1,2})(?::(?<minutes>\d{2}))?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
