using System.Globalization;

namespace Zadarma.Blazor.Accounts;

/// <summary>A time zone as the pickers show it.</summary>
public sealed class TimeZoneChoice(string id, TimeZoneInfo zone)
{
    public string Id { get; } = id;

    /// <summary>The place the id names: "Buenos Aires" for <c>America/Argentina/Buenos_Aires</c>.</summary>
    public string City { get; } = id[(id.LastIndexOf('/') + 1)..].Replace('_', ' ');

    public TimeSpan OffsetAt(DateTime utc) => zone.GetUtcOffset(utc);

    /// <summary>"(UTC+03:00) Moscow", with today's offset: summer time moves it.</summary>
    public string Name => $"({Offset(OffsetAt(DateTime.UtcNow))}) {City}";

    public bool Matches(string text) =>
        Id.Replace('_', ' ').Contains(text, StringComparison.OrdinalIgnoreCase)
        || Name.Contains(text, StringComparison.OrdinalIgnoreCase);

    private static string Offset(TimeSpan offset) =>
        offset == TimeSpan.Zero
            ? "UTC"
            : "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    public override string ToString() => Name;
}
