using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Pbx;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Settings;

/// <summary>Every settings page on a phone, 390 px wide: nothing wider than the screen, the controls found by their Polish names.</summary>
public sealed class SettingsAtPhoneWidthTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        await _app.CreateUserAsync("admin", Role.Admin);
        await _app.Get<PbxFetch>().FetchAsync();
        // A long name must not widen the grid past the screen.
        var extensions = _app.Get<ExtensionStore>();
        var fetched = (await extensions.ListAsync()).Select(x => new FetchedExtension(x.Number, x.Name)).ToList();
        await extensions.MergeAsync([.. fetched, new FetchedExtension("103", "Sales department of the northern region, second floor, by the window")]);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Each_settings_page_fits_a_phone_and_its_controls_have_polish_names()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync("admin");
        await page.GotoAsync("account/culture?culture=pl&returnUrl=/settings/general");
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Kraj domyślny" })).ToBeVisibleAsync();
        await AssertFitsAsync(page, "settings-general-390");

        await page.OpenAsync("settings/integrations/zadarma");
        var sandbox = page.GetByRole(AriaRole.Switch, new() { Name = "Używaj centrali testowej" });
        await Assertions.Expect(sandbox).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Switch, new() { Name = "Odtwarzaj nagrania z serwerów Zadarma" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Kopiuj adres" })).ToBeVisibleAsync();
        await sandbox.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Sekret", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".private-address")).ToContainTextAsync("Zadarma nie dotrze do 127.0.0.1");
        await AssertFitsAsync(page, "settings-zadarma-390");

        await page.GetByRole(AriaRole.Tab, new() { Name = "PBX" }).ClickAsync();
        foreach (var extension in new[] { "100", "103" })
        {
            var picker = page.GetByRole(AriaRole.Combobox, new() { Name = $"Pracownik numeru {extension}" });
            await Assertions.Expect(picker).ToBeVisibleAsync();
            var box = await picker.BoundingBoxAsync();
            Assert.True(box is { X: >= 0 } && box.X + box.Width <= 390, $"The picker of {extension} is outside the screen: {box?.X} + {box?.Width}");
            var number = await page.Locator(".extension-number", new() { HasText = extension }).BoundingBoxAsync();
            Assert.True(number is { X: >= 0 } && number.X + number.Width <= 390, $"Extension {extension} is outside the screen: {number?.X} + {number?.Width}");
        }
        await AssertFitsAsync(page, "settings-pbx-390");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Nieprzetworzone zdarzenia" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ponów teraz" })).ToBeVisibleAsync();
        await AssertFitsAsync(page, "settings-events-390");
    }

    /// <summary>No sideways scrolling, and no serious accessibility fault in the page's own content.</summary>
    private static async Task AssertFitsAsync(IPage page, string screenshot)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{screenshot}: the page scrolls sideways ({widths[0]} > {widths[1]})");
        await page.Locator(".app-page").AssertNoSeriousViolationsAsync();
        await Screenshots.SaveAsync(page, screenshot);
    }
}
