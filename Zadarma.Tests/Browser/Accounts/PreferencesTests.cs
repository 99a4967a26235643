using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Accounts;

/// <summary>One's own preferences through the user menu, each applied as the real page would: a reload through the culture cookie, or at once.</summary>
public sealed class PreferencesTests(BrowserFixture browser, AccountsApp accounts) : IClassFixture<BrowserFixture>, IClassFixture<AccountsApp>
{
    private readonly TestApp _app = accounts.App;

    private static async Task<ILocator> OpenPreferencesAsync(IPage page, string userName, string title)
    {
        await page.OpenUserMenuAsync(userName);
        await page.GetByRole(AriaRole.Menuitem, new() { Name = title }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        return dialog;
    }

    [Fact]
    public async Task A_new_language_reloads_the_page_in_it_and_stays_the_users_whatever_the_browser_says()
    {
        var page = await browser.NewPageAsync(_app, "ru-RU");
        await page.SignInAsync("admin", to: "users");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Пользователи" })).ToBeVisibleAsync();

        var dialog = await OpenPreferencesAsync(page, "admin", "Мои настройки");
        await dialog.GetByRole(AriaRole.Combobox, new() { Name = "Язык" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Polski" }).ClickAsync();
        // The pick travels over the circuit: save once the field shows it, as a person would.
        await Assertions.Expect(dialog.GetByRole(AriaRole.Combobox, new() { Name = "Язык" })).ToHaveValueAsync("Polski");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Użytkownicy" })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/users$"));
        var admin = (await _app.Get<UserAccounts>().ListAsync()).Single(u => u.UserName == "admin");
        Assert.Equal("pl", admin.Language);

        // Signed in again from a browser that asks for Russian, the app still speaks Polish.
        var again = await browser.NewPageAsync(_app, "ru-RU");
        await again.SignInWithFormAsync("admin", TestApp.AdminPassword, "Имя пользователя", "Пароль", "Войти");
        await Assertions.Expect(again.GetByRole(AriaRole.Link, new() { Name = "Połączenia" })).ToBeVisibleAsync();
        await _app.Get<UserAccounts>().SetLanguageAsync(admin.Id, null);
    }

    [Fact]
    public async Task A_new_time_zone_is_saved_and_the_page_comes_again_in_it()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("olga", to: "clients");

        var dialog = await OpenPreferencesAsync(page, "olga", "My preferences");
        // The list opens on focus with every zone; typing once it shows asks for the matches after it, not alongside.
        var zone = dialog.GetByRole(AriaRole.Combobox, new() { Name = "Time zone" });
        await zone.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await zone.FillAsync("tokyo");
        await page.GetByRole(AriaRole.Option, new() { Name = "(UTC+09:00) Tokyo" }).ClickAsync();
        await Assertions.Expect(zone).ToHaveValueAsync("(UTC+09:00) Tokyo");
        // The page comes again: wait for that load, or the old page's circuit would answer the next click.
        await page.RunAndWaitForResponseAsync(
            () => dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Url.EndsWith("/clients", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();

        await Eventually.HoldsAsync(async () => (await _app.Get<UserAccounts>().ListAsync()).Single(u => u.UserName == "olga").TimeZone == "Asia/Tokyo",
            "olga's zone saved");
        var reopened = await OpenPreferencesAsync(page, "olga", "My preferences");
        await Assertions.Expect(reopened.GetByRole(AriaRole.Combobox, new() { Name = "Time zone" })).ToHaveValueAsync("(UTC+09:00) Tokyo");
    }
}
