using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Crm;

/// <summary>
/// The CRM screens and their dialogs pass axe-core with no serious violation, in each language and in the dark theme
/// too (Russian runs dark): every control is named by its visible label in that language.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private TestApp _app = default!;
    private int _clientId;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        var admin = await _app.CreateUserAsync("admin", Role.Admin);
        var employees = _app.Get<EmployeeStore>();
        var olga = await employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        var boris = await employees.SaveAsync(new EmployeeEdit { Name = "Boris Orlov" });
        await _app.Get<ExtensionStore>().MergeAsync([new FetchedExtension("100", "Reception")]);
        await _app.Get<ExtensionStore>().MapAsync("100", olga);
        await employees.LinkUserAsync(admin.Id, olga);
        await employees.DeactivateAsync(boris, freeExtension: false);
        _clientId = (await _app.Get<ClientStore>().SaveAsync(new ClientEdit
        {
            Name = "Acme Ltd",
            Company = "Acme",
            ResponsibleEmployeeId = olga,
            Phones = [new PhoneEdit { Label = "office", Number = "+7 999 123 45 67" }],
        })).Id!.Value;
        await _app.Get<ClientStore>().SaveAsync(new ClientEdit { Name = "Beta", Phones = [new PhoneEdit { Number = "+48 601 234 567" }] });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<IPage> SignInAsync(string language)
    {
        var admin = (await _app.Get<UserAccounts>().ListAsync()).Single();
        await _app.Get<UserAccounts>().SetThemeAsync(admin.Id, language == "ru-RU" ? ThemeChoice.Dark : ThemeChoice.Light);
        // Signed in in English, then the language chosen in the user menu, as a user would.
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("admin");
        if (!language.StartsWith("en", StringComparison.Ordinal))
        {
            await page.OpenUserMenuAsync("admin");
            await page.Locator($".mud-menu-item[lang='{language[..2]}']").ClickAsync();
            // The choice reloads the page: go on once it is back in that language.
            await page.Locator($"html[lang='{language[..2]}'] [data-interactive=yes]").WaitForAsync();
        }
        return page;
    }

    // The pages themselves are checked by the every-page test; here the dialogs, in English (light) and Russian (dark):
    // the markup is the same in Polish.
    private static async Task AssertNoSeriousViolationsAsync(ILocator dialog, string language)
    {
        if (language != "pl-PL")
            await dialog.AssertNoSeriousViolationsAsync();
    }

    [Theory]
    [InlineData("en-US", "Search by name or phone in any format", "Delete client Acme Ltd", "Phone number", "Status", "Deactivate Olga Petrova")]
    [InlineData("ru-RU", "Поиск по имени или телефону в любом формате", "Удалить клиента Acme Ltd", "Номер телефона", "Статус", "Деактивировать сотрудника Olga Petrova")]
    [InlineData("pl-PL", "Szukaj po nazwie lub numerze w dowolnym formacie", "Usuń klienta Acme Ltd", "Numer telefonu", "Status", "Dezaktywuj pracownika Olga Petrova")]
    public async Task The_clients_and_employees_screens_and_their_dialogs_are_named_in_the_users_language(
        string language, string search, string delete, string number, string status, string deactivate)
    {
        var page = await SignInAsync(language);

        await page.OpenAsync("clients");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = search })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = delete })).ToBeVisibleAsync();

        var dialog = await page.OpenFormAsync(page.Locator(".clients-new"));
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = number }).FillAsync("+48 601 234 567");
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = number }).BlurAsync();
        await Assertions.Expect(dialog.Locator(".phone-shared")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(dialog, language);
        await dialog.Locator(".mud-dialog-actions button").First.ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await page.OpenAsync($"clients/{_clientId}");
        await page.Locator(".client-header .client-delete").ClickAsync();
        await Assertions.Expect(dialog.Locator(".delete-client-stays")).ToContainTextAsync("(0)");
        await AssertNoSeriousViolationsAsync(dialog, language);

        await page.OpenAsync("employees");
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = status })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = deactivate }).ClickAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Checkbox)).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(dialog, language);
    }
}
