namespace Zadarma.Blazor.Time;

/// <summary>
/// The browser's time zone, which a user who chose none sees times in. A script writes it to a cookie on every page,
/// so the server knows it before the first render.
/// </summary>
public static class BrowserTimeZone
{
    public const string CookieName = "zadarma.tz";

    public static string? Read(HttpContext http) =>
        http.Request.Cookies.TryGetValue(CookieName, out var id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : null;
}
