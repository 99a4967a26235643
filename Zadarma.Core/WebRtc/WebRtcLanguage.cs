using System.Globalization;

namespace Zadarma.Core.WebRtc;

/// <summary>The widget's language: the user's UI language when Zadarma offers it, else English.</summary>
public static class WebRtcLanguage
{
    public const string Fallback = "en";

    private static readonly string[] Supported = ["en", "ru", "ua", "es", "fr", "de", "pl"];

    public static string For(CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName;
        // Zadarma names Ukrainian by the country code.
        if (language == "uk")
            return "ua";
        return Supported.Contains(language) ? language : Fallback;
    }
}
