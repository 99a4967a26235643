namespace Zadarma.Blazor.Accounts;

/// <summary>
/// The time zones a user can pick, by IANA id, named the way a person looks for them: "(UTC+03:00) Moscow". The names
/// are built from the ids, not taken from the system's display names, which come in one language for the whole process.
/// </summary>
public static class TimeZoneChoices
{
    private static readonly Lazy<IReadOnlyList<TimeZoneChoice>> Zones = new(Load);

    public static IReadOnlyList<TimeZoneChoice> All => Zones.Value;

    public static TimeZoneChoice? Find(string? id) => id is null ? null : All.FirstOrDefault(z => z.Id == id);

    /// <summary>Zones whose city, id or offset contains the text; all of them for none.</summary>
    public static IEnumerable<TimeZoneChoice> Search(string? text) =>
        string.IsNullOrWhiteSpace(text) ? All : All.Where(z => z.Matches(text.Trim()));

    private static List<TimeZoneChoice> Load()
    {
        var now = DateTime.UtcNow;
        return TimeZoneInfo.GetSystemTimeZones()
            .Select(z => IanaId(z) is { } id && IsPlace(id) ? new TimeZoneChoice(id, z) : null)
            .OfType<TimeZoneChoice>()
            .DistinctBy(z => z.Id)
            .OrderBy(z => z.OffsetAt(now)).ThenBy(z => z.City, StringComparer.Ordinal)
            .ToList();
    }

    private static string? IanaId(TimeZoneInfo zone) =>
        zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;

    // "Etc/GMT+3" and the like count their sign backwards and name no place: a person picks a city, or UTC itself.
    private static bool IsPlace(string id) => id == "UTC" || (id.Contains('/') && !id.StartsWith("Etc/", StringComparison.Ordinal));
}
