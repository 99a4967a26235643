using Microsoft.Playwright;

namespace Zadarma.Tests.Infrastructure;

public static class PageExtensions
{
    /// <summary>Waits until the page's circuit is live: prerendered buttons ignore clicks before that.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive=yes]").WaitForAsync();

    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Opens the user menu, the app bar's button named after the signed-in user.</summary>
    public static Task OpenUserMenuAsync(this IPage page, string userName) =>
        page.GetByRole(AriaRole.Button, new() { Name = userName, Exact = true }).ClickAsync();

    /// <summary>
    /// Clicks what opens a form's dialog and waits until the form has put the focus in its first field: the form does
    /// that a moment after it shows, and text typed elsewhere before then lands in that field.
    /// </summary>
    public static async Task<ILocator> OpenFormAsync(this IPage page, ILocator opener)
    {
        await opener.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.Locator("input:focus")).ToBeVisibleAsync();
        return dialog;
    }

    /// <summary>Signs in through the sign-in page and waits until the page it leads to is live.</summary>
    /// <param name="to">The page to land on, as a link to it would ask for it; the app's start page when null.</param>
    public static async Task SignInAsync(this IPage page, string userName, string password = TestApp.AdminPassword,
        string userLabel = "User name", string passwordLabel = "Password", string submit = "Sign in", string? to = null)
    {
        await page.GotoAsync(to is null ? "account/signin" : $"account/signin?returnUrl={Uri.EscapeDataString("/" + to)}");
        await page.GetByLabel(userLabel).FillAsync(userName);
        await page.GetByLabel(passwordLabel).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/account/signin"));
        await page.WaitForInteractiveAsync();
    }
}
