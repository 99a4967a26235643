using Microsoft.Playwright;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Accounts;

/// <summary>Unknown and refused pages in a live circuit: the app's frame and menu work, and Back returns where the user was.</summary>
public sealed class StatusPageTests(BrowserFixture browser, AccountsApp accounts) : IClassFixture<BrowserFixture>, IClassFixture<AccountsApp>
{
    private readonly TestApp _app = accounts.App;

    [Fact]
    public async Task An_unknown_page_keeps_the_menu_working_and_back_returns_to_the_page_before()
    {
        var page = await browser.NewPageAsync(_app, "ru-RU");
        await page.SignInAsync("olga", to: "clients");

        var response = await page.GotoAsync("no/such/page");
        Assert.Equal(404, response!.Status);
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Страница не найдена" })).ToBeVisibleAsync();
        await page.OpenUserMenuAsync("olga");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Выйти" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.GetByRole(AriaRole.Button, new() { Name = "Назад" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/clients$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Клиенты" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_refused_page_is_said_in_the_app_and_back_returns_to_the_page_before()
    {
        var page = await browser.NewPageAsync(_app, "pl-PL");
        await page.SignInAsync("olga", to: "calls");

        await page.GotoAsync("users");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/denied\\?ReturnUrl=%2Fusers$"));
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Brak dostępu" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "access-denied-pl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wstecz" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/calls$"));
    }
}
