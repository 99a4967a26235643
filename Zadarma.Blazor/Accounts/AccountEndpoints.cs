using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Zadarma.Core.Accounts;

namespace Zadarma.Blazor.Accounts;

/// <summary>The account actions that must set or clear cookies, which a live circuit cannot do.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A cross-site form could otherwise sign a user out: only the app's own sign-out form carries the token.
        // The endpoint binds no form, so the antiforgery middleware leaves it alone: the token is checked here.
        app.MapPost("/account/signout", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.BadRequest();
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/account/signin");
        });

        // Open to anyone: the sign-in and setup pages switch their language through it too.
        app.MapGet("/account/culture", async (string culture, string? returnUrl, HttpContext http, UserAccounts accounts) =>
        {
            if (!UiCulture.IsSupported(culture))
                return Results.BadRequest();
            UiCulture.Remember(http.Response, culture);
            if (http.User.UserId() is { } userId)
                await accounts.SetLanguageAsync(userId, culture, http.RequestAborted);
            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        }).AllowAnonymous();
    }

    /// <summary>Only paths on this site: an open redirect would let a link send users anywhere.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
