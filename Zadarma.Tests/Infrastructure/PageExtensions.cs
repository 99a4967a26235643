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

    /// <summary>
    /// Signs in by posting the sign-in form as the browser does, in this tab's profile, then opens a page once live. The
    /// form itself is used by the tests of signing in; loading it in every other test would only cost time.
    /// </summary>
    /// <param name="to">The page to open; the app's start page when null.</param>
    public static async Task SignInAsync(this IPage page, string userName, string password = TestApp.AdminPassword, string? to = null)
    {
        var request = page.Context.APIRequest;
        var form = await (await request.GetAsync("account/signin")).TextAsync();
        var fields = request.CreateFormData();
        fields.Set("__RequestVerificationToken", Forms.AntiforgeryToken(form));
        fields.Set("_handler", "signin");
        fields.Set("Input.UserName", userName);
        fields.Set("Input.Password", password);
        var signedIn = await request.PostAsync("account/signin", new() { Form = fields, MaxRedirects = 0 });
        Assert.True(signedIn.Status == 302, $"{userName} was not signed in: {signedIn.Status}.");
        await page.OpenAsync(to ?? "");
    }

    /// <summary>Signs in by typing into the sign-in page, in the words of its language, and waits for the page it leads to.</summary>
    public static async Task SignInWithFormAsync(this IPage page, string userName, string password = TestApp.AdminPassword,
        string userLabel = "User name", string passwordLabel = "Password", string submit = "Sign in")
    {
        await page.GotoAsync("account/signin");
        await page.GetByLabel(userLabel).FillAsync(userName);
        await page.GetByLabel(passwordLabel).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/account/signin"));
        await page.WaitForInteractiveAsync();
    }
}
