using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Zadarma.Blazor.Accounts;

/// <summary>The UI languages and how the chosen one travels: a culture cookie, read by request localization.</summary>
public static class UiCulture
{
    public static readonly string[] Supported = ["en", "ru", "pl"];

    public static string NativeName(string culture) => culture switch
    {
        "ru" => "Русский",
        "pl" => "Polski",
        _ => "English",
    };

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture);

    public static void Remember(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });

    public static RequestLocalizationOptions Options() => new RequestLocalizationOptions()
        .SetDefaultCulture(Supported[0])
        .AddSupportedCultures(Supported)
        .AddSupportedUICultures(Supported);

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
