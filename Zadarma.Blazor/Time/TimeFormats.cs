using System.Globalization;

namespace Zadarma.Blazor.Time;

/// <summary>
/// One date and time format per UI language, used on every screen: a culture's own short patterns mix orders
/// (English's is the US month-first one), and a call centre reads the same shape everywhere.
/// </summary>
public sealed record TimeFormats(string Date, string Time, string DateTime, string LongDateTime)
{
    private static readonly TimeFormats English = new("d MMM yyyy", "HH:mm", "d MMM yyyy, HH:mm", "d MMMM yyyy, HH:mm:ss");
    private static readonly TimeFormats Dotted = new("dd.MM.yyyy", "HH:mm", "dd.MM.yyyy HH:mm", "d MMMM yyyy, HH:mm:ss");

    public static TimeFormats For(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "ru" or "pl" => Dotted,
        _ => English,
    };
}
