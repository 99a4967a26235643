using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Crm;

/// <summary>
/// What needs a real browser and circuit: the first run through to a saved client, and the language chosen in the
/// user menu. The screens' states and role rules are component tests (Components/Crm).
/// </summary>
public sealed class FirstRunAndClientsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_newcomer_sets_up_the_app_and_finds_a_client_by_another_spelling_of_the_number()
    {
        var page = await browser.NewPageAsync(_app);

        // First run: any address leads to setup, which creates the admin and signs in.
        await page.GotoAsync("clients");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/setup$"));
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestApp.AdminPassword);
        await page.GetByLabel("Repeat the password").FillAsync(TestApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calls" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();

        // An employee, who will be the client's responsible manager.
        await page.GetByRole(AriaRole.Link, new() { Name = "Employees" }).ClickAsync();
        var employeeDialog = await page.OpenFormAsync(page.GetByRole(AriaRole.Button, new() { Name = "New employee" }));
        await employeeDialog.GetByLabel("Name").FillAsync("Olga Petrova");
        await employeeDialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(employeeDialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Olga Petrova" })).ToBeVisibleAsync();

        // A client whose phone is typed the way Russians write it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Clients" }).ClickAsync();
        var clientDialog = await page.OpenFormAsync(page.GetByRole(AriaRole.Button, new() { Name = "New client" }));
        // The form opens ready to type in, with nothing marked wrong yet.
        await Assertions.Expect(clientDialog.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await clientDialog.GetByLabel("Name").FillAsync("Acme Ltd");
        await clientDialog.GetByLabel("Company").FillAsync("Acme");
        await clientDialog.GetByLabel("Responsible manager").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Olga Petrova" }).ClickAsync();
        // The pick travels over the circuit: go on once the field shows it, or a click on a list still closing is lost.
        await Assertions.Expect(clientDialog.GetByLabel("Responsible manager")).ToHaveValueAsync("Olga Petrova");
        await clientDialog.GetByLabel("Phone number").FillAsync("8 (999) 123-45-67");
        await clientDialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(clientDialog).ToBeHiddenAsync();
        var rows = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.Locator("a.client-link") });
        await Assertions.Expect(rows.Filter(new() { HasText = "Acme Ltd" })).ToContainTextAsync("8 (999) 123-45-67");

        // A second client keeps the search honest.
        await page.OpenFormAsync(page.GetByRole(AriaRole.Button, new() { Name = "New client" }));
        await clientDialog.GetByLabel("Name").FillAsync("Beta Sp. z o.o.");
        await clientDialog.GetByLabel("Phone number").FillAsync("+48 601 234 567");
        await clientDialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(clientDialog).ToBeHiddenAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(2);

        // Found by the international spelling, without a plus.
        var search = page.GetByLabel("Search by name or phone in any format");
        await search.FillAsync("79991234567");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Acme Ltd");
        await Assertions.Expect(rows.First).ToContainTextAsync("Olga Petrova");
        await Screenshots.SaveAsync(page, "clients-search");

        await search.FillAsync("");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, "clients");

        // The client's own page, reached from the grid.
        await rows.Filter(new() { HasText = "Acme Ltd" }).GetByRole(AriaRole.Link, new() { Name = "Acme Ltd" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Acme Ltd", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Dial 8 (999) 123-45-67 on this device" })).ToHaveAttributeAsync("href", "tel:+79991234567");
        await Screenshots.SaveAsync(page, "client");
    }

    [Fact]
    public async Task The_clients_page_speaks_russian_and_then_polish_once_chosen_in_the_user_menu()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        await _app.Get<Core.Directory.ClientStore>().SaveAsync(new Core.Directory.ClientEdit
        {
            Name = "Дмитрий Волков",
            Phones = [new Core.Directory.PhoneEdit { Number = "+7 999 123 45 67" }],
        });
        var page = await browser.NewPageAsync(_app, locale: "ru-RU");
        await page.SignInAsync("admin", to: "clients");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Клиенты" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Ответственный" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Изменить клиента Дмитрий Волков" })).ToBeVisibleAsync();

        // The choice is remembered for the user, whatever the browser says.
        await page.OpenUserMenuAsync("admin");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Polski" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Klienci" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Usuń klienta Дмитрий Волков" })).ToBeVisibleAsync();
        Assert.Equal("pl", (await _app.Get<UserAccounts>().ListAsync()).Single().Language);
    }
}
