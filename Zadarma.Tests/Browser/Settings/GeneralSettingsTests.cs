using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Settings;

public sealed class GeneralSettingsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        await _app.CreateUserAsync("admin", Role.Admin);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Saving_the_general_tab_keeps_what_the_zadarma_tab_saved_meanwhile()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("admin");
        await page.OpenAsync("settings");

        // Another admin saves the Zadarma tab while this page is open.
        var connection = _app.Get<ZadarmaConnection>();
        var edit = await connection.LoadAsync();
        edit.RoutingReturnTimeout = 45;
        Assert.Empty(await connection.SaveAsync(edit));

        await page.Locator("input[name=Suffix]").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".rz-notification-item").Filter(new() { HasText = "Settings saved" })).ToBeVisibleAsync();

        var saved = await _app.Get<SettingsStore>().GetAsync();
        Assert.Equal((10, 45), (saved.PhoneSuffixDigits, saved.RoutingReturnTimeout));
    }
}
