using Microsoft.Playwright;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Accounts;

/// <summary>Signing in and out with the real cookies, the sign-in page's language switch, and the pages without a circuit on a phone.</summary>
public sealed class SignInTests(BrowserFixture browser, AccountsApp accounts) : IClassFixture<BrowserFixture>, IClassFixture<AccountsApp>
{
    private readonly TestApp _app = accounts.App;

    [Fact]
    public async Task Signing_in_sets_an_http_only_cookie_and_signing_out_from_the_menu_ends_it()
    {
        var page = await browser.NewPageAsync(_app);
        await page.GotoAsync("calls");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin\\?ReturnUrl=%2Fcalls$"));

        await page.GetByLabel("User name").FillAsync("olga");
        await page.GetByLabel("Password").FillAsync(TestApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/calls$"));
        await page.WaitForInteractiveAsync();
        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "zadarma.auth");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);

        await page.OpenUserMenuAsync("olga");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin$"));
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "zadarma.auth");
        await page.GotoAsync("calls");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
    }

    [Fact]
    public async Task The_sign_in_page_switches_language_without_a_circuit_and_the_app_follows()
    {
        var page = await browser.NewPageAsync(_app);
        await page.GotoAsync("account/signin?returnUrl=%2Fclients");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Language of the page" }).GetByRole(AriaRole.Link, new() { Name = "Polski" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Logowanie" })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin\\?returnUrl=%2Fclients$"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
        await page.GetByLabel("Nazwa użytkownika").FillAsync("olga");
        await page.GetByLabel("Hasło").FillAsync("not-the-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nieprawidłowa nazwa użytkownika lub hasło.");
        await Assertions.Expect(page.GetByLabel("Hasło")).ToHaveValueAsync("");

        await page.GetByLabel("Hasło").FillAsync(TestApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Klienci" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_pages_without_a_circuit_fit_a_phone_and_pass_an_accessibility_check_light_and_dark()
    {
        var found = new List<string>();
        foreach (var language in new[] { "en", "ru", "pl" })
        {
            var page = await browser.NewPageAsync(_app, language, 390, 844);
            foreach (var (name, path) in new[] { ("sign-in", "account/signin"), ("not-found", "no-such-page") })
            {
                await page.GotoAsync($"account/culture?culture={language}&returnUrl={Uri.EscapeDataString("/" + path)}");
                await Assertions.Expect(page.Locator(".account-card")).ToBeVisibleAsync();
                // These pages follow the device's scheme in CSS alone: both from one load.
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                    await Screenshots.SaveAsync(page, $"account-{name}-{language}-{scheme.ToString().ToLowerInvariant()}-390");
                    Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
                        $"{name} ({language}, {scheme}) scrolls sideways at 390 px.");
                    // The colours and markup are the same in every language: checked once, in English.
                    if (language == "en")
                        found.AddRange(await page.SeriousProblemsAsync(scheme, $"{name} ({language}, {scheme}):"));
                }
                await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
            }
            await page.Context.CloseAsync();
        }
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public async Task The_setup_page_fits_a_phone_and_passes_an_accessibility_check_light_and_dark()
    {
        await using var fresh = await TestApp.StartAsync();
        var found = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await browser.NewPageAsync(fresh, "ru-RU", 390, 844, scheme);
            await page.GotoAsync("clients");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Добро пожаловать" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByLabel("Язык", new() { Exact = true })).ToHaveValueAsync("ru");
            await page.GetByLabel("Пароль", new() { Exact = true }).FillAsync("short");
            await page.GetByLabel("Повторите пароль").FillAsync("short");
            await page.GetByRole(AriaRole.Button, new() { Name = "Создать администратора" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Введите имя пользователя.");
            await Screenshots.SaveAsync(page, $"account-setup-ru-{scheme.ToString().ToLowerInvariant()}-390");
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"Setup ({scheme}) scrolls sideways at 390 px.");
            found.AddRange(await page.SeriousProblemsAsync(scheme, $"setup ({scheme}):"));
            await page.Context.CloseAsync();
        }
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }
}
