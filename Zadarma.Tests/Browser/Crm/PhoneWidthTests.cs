using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Crm;

/// <summary>
/// The CRM screens on a phone, 390 px wide: the key columns stay readable, nothing scrolls sideways, long names are cut
/// rather than pushing the page wider, and forms fill the screen.
/// </summary>
public sealed class PhoneWidthTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string LongName = "Общество с ограниченной ответственностью «Торговый дом Северо-Западного федерального округа»";
    private TestApp _app = default!;
    private int _clientId;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        await _app.CreateUserAsync("admin", Role.Admin);
        var employees = _app.Get<EmployeeStore>();
        var olga = await employees.SaveAsync(new EmployeeEdit { Name = "Ольга Петрова-Водкина, старший менеджер по работе с ключевыми клиентами" });
        var saved = await _app.Get<ClientStore>().SaveAsync(new ClientEdit
        {
            Name = LongName,
            Company = LongName,
            ResponsibleEmployeeId = olga,
            Phones = [new PhoneEdit { Label = "бухгалтерия и отдел закупок", Number = "8 (999) 123-45-67" }, new PhoneEdit { Number = "+48 601 234 567" }],
        });
        _clientId = saved.Id!.Value;
        await _app.Get<ClientStore>().SaveAsync(new ClientEdit { Name = "Acme Ltd", Phones = [new PhoneEdit { Number = "+7 912 000 11 22" }] });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<IPage> PhoneAsync()
    {
        var page = await browser.NewPageAsync(_app, locale: "ru-RU");
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync("admin");
        return page;
    }

    /// <summary>Neither the page nor a CRM grid scrolls sideways: a grid too wide would hide its right side in its own box.</summary>
    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{page.Url} scrolls sideways at 390 px");
        Assert.True(await page.EvaluateAsync<bool>("""
            () => [...document.querySelectorAll('.clients-grid .mud-table-container, .employees-grid .mud-table-container')]
                .every(e => e.scrollWidth <= e.clientWidth + 1)
            """), $"a grid on {page.Url} is wider than the screen");
    }

    [Fact]
    public async Task The_clients_grid_keeps_name_phone_and_actions_and_the_form_fills_the_screen()
    {
        var page = await PhoneAsync();

        await page.OpenAsync("clients");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = LongName }) });
        await Assertions.Expect(row.Locator(".client-link")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator(".phone-text").First).ToHaveTextAsync("8 (999) 123-45-67");
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = $"Удалить клиента {LongName}" })).ToBeVisibleAsync();
        await Assertions.Expect(row.GetByText("Ольга Петрова-Водкина", new() { Exact = false })).ToBeHiddenAsync();
        // The number stays on one line: its box is one line high.
        var number = await row.Locator(".phone-text").First.BoundingBoxAsync();
        var lineHeight = await row.Locator(".phone-text").First.EvaluateAsync<float>("e => parseFloat(getComputedStyle(e).lineHeight) || e.getBoundingClientRect().height");
        Assert.True(number!.Height <= lineHeight + 1, $"the number wraps: {number.Height} px high");
        await AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "clients-390");

        await page.GetByRole(AriaRole.Button, new() { Name = "Новый клиент" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByLabel("Имя")).ToBeVisibleAsync();
        // Measured once the dialog has grown to its size: it opens with a short zoom.
        await dialog.EvaluateAsync("e => Promise.all(e.getAnimations().map(a => a.finished))");
        var box = await dialog.BoundingBoxAsync();
        Assert.Equal((0, 390), ((int)box!.X, (int)box.Width));
        await AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "client-form-390");
    }

    [Fact]
    public async Task The_client_page_cuts_long_names_and_keeps_every_number_whole()
    {
        var page = await PhoneAsync();

        await page.OpenAsync($"clients/{_clientId}");

        var title = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(title).ToHaveAttributeAsync("title", LongName);
        Assert.True(await title.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "the long name is cut with an ellipsis");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Изменить" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Набрать 8 (999) 123-45-67 на этом устройстве" })).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "client-390");
    }

    [Fact]
    public async Task The_employees_grid_and_the_deactivate_dialog_fit()
    {
        var page = await PhoneAsync();

        await page.OpenAsync("employees");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ольга Петрова-Водкина" });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "employees-390");

        await row.GetByRole(AriaRole.Button, new() { Name = "Деактивировать сотрудника", Exact = false }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Деактивировать" })).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "employee-deactivate-390");
    }
}
