using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Integrations;

public sealed class ZadarmaAndPbxTabsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        await _app.CreateUserAsync("admin", Role.Admin);
        var employees = _app.Get<EmployeeStore>();
        await employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        await employees.SaveAsync(new EmployeeEdit { Name = "Ivan Sokolov" });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_admin_tests_the_sandbox_connection_fetches_the_pbx_and_maps_extensions()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("admin");

        await page.OpenAsync("settings/integrations/zadarma");
        await Assertions.Expect(page.Locator(".sandbox-badge")).ToHaveTextAsync("Sandbox account");
        await page.GetByRole(AriaRole.Button, new() { Name = "Test connection" }).ClickAsync();
        await Assertions.Expect(page.Locator(".test-result")).ToContainTextAsync("Connected. Balance: 25.50 USD");
        await Assertions.Expect(page.Locator(".webhook-address")).ToHaveTextAsync($"{_app.Address}exec/Zadarma.notify");
        await Screenshots.SaveAsync(page, "settings-zadarma");

        await page.GetByRole(AriaRole.Tab, new() { Name = "PBX" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Get PBX" }).ClickAsync();
        await Assertions.Expect(page.Locator(".extensions-grid tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".pbx-id")).ToContainTextAsync(_app.Get<Core.Sandbox.SandboxPbx>().PbxId.ToString());

        await MapAsync(page, "100", "Olga Petrova");
        await MapAsync(page, "101", "Ivan Sokolov");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.EndsWith("/settings/integrations/pbx", page.Url);
        await Assertions.Expect(page.Locator(".rz-navigation-item-wrapper-active .rz-navigation-item-text")).ToHaveTextAsync("Integrations");
        await Assertions.Expect(Row(page, "100")).ToContainTextAsync("Olga Petrova");
        await Assertions.Expect(Row(page, "101")).ToContainTextAsync("Ivan Sokolov");
        await Screenshots.SaveAsync(page, "settings-pbx");

        var mapped = await _app.Get<ExtensionStore>().ListAsync();
        Assert.Equal(["Olga Petrova", "Ivan Sokolov", null], mapped.Select(x => x.EmployeeName));
    }

    [Fact]
    public async Task Bookmarks_of_the_old_tab_addresses_open_their_tab_under_integrations()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("admin");

        foreach (var (section, shown) in new[] { ("zadarma", ".zadarma-tab"), ("pbx", ".pbx-tab"), ("events", ".failed-events") })
        {
            await page.OpenAsync($"settings/{section}");
            await Assertions.Expect(page.Locator(shown)).ToBeVisibleAsync();
            Assert.EndsWith($"/settings/integrations/{section}", page.Url);
            await Assertions.Expect(page.Locator(".rz-navigation-item-wrapper-active .rz-navigation-item-text")).ToHaveTextAsync("Integrations");
        }
    }

    [Fact]
    public async Task A_wrong_secret_is_explained_in_the_users_words_and_not_saved()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("admin");
        await page.OpenAsync("settings/integrations/zadarma");

        await page.Locator(".sandbox-card .rz-switch").ClickAsync();
        await page.Locator("input[name=Url]").FillAsync($"{_app.Address}sandbox/zadarma");
        await page.Locator("input[name=Key]").FillAsync(_app.Get<Core.Sandbox.SandboxPbx>().Key);
        await page.Locator("input[name=Secret]").FillAsync("not-the-secret");
        await page.GetByRole(AriaRole.Button, new() { Name = "Test connection" }).ClickAsync();

        await Assertions.Expect(page.Locator(".test-result")).ToContainTextAsync("Zadarma rejected the key or secret.");
        Assert.DoesNotContain("not-the-secret", await page.ContentAsync());
        await Screenshots.SaveAsync(page, "settings-zadarma-wrong-secret");

        // Only Save makes values live: the sandbox is still the account in use.
        var saved = await _app.Get<Core.Settings.SettingsStore>().GetAsync();
        Assert.True(saved.ZadarmaUseSandbox);
        Assert.Null(saved.ZadarmaSecretProtected);
    }

    [Fact]
    public async Task A_deactivated_employee_still_shows_on_their_extension_and_a_failed_mapping_is_explained()
    {
        await _app.Get<PbxFetch>().FetchAsync();
        var olga = (await _app.Get<EmployeeStore>().ListAsync()).Single(e => e.Name == "Olga Petrova");
        await _app.Get<ExtensionStore>().MapAsync("100", olga.Id);
        await _app.Get<EmployeeStore>().DeactivateAsync(olga.Id, freeExtension: false);

        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("admin");
        await page.OpenAsync("settings/integrations/pbx");
        await Assertions.Expect(Row(page, "100").Locator(".rz-dropdown")).ToContainTextAsync("Olga Petrova (inactive)");

        // The extension disappears behind the page's back: choosing an employee for it explains, and the tab goes on.
        await using (var db = await _app.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<Core.Persistence.ZadarmaDb>>().CreateDbContextAsync())
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteDeleteAsync(db.Extensions.Where(x => x.Number == "101"));
        await Row(page, "101").Locator(".rz-dropdown").ClickAsync();
        await page.Locator(".rz-popup:visible .rz-dropdown-item", new() { HasText = "Ivan Sokolov" }).ClickAsync();

        await Assertions.Expect(page.Locator(".rz-notification-item").Filter(new() { HasText = "Extension 101 could not be linked" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".extensions-grid tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(Row(page, "100")).ToContainTextAsync("Olga Petrova (inactive)");
        await Screenshots.SaveAsync(page, "settings-pbx-map-failed");
    }

    [Fact]
    public async Task The_saved_key_and_secret_never_reach_the_browser_not_even_over_the_circuit()
    {
        const string Key = "browser-key-0a1b2c3d9f3a";
        const string Secret = "browser-secret-4e5f6a7b";
        var connection = _app.Get<Core.Settings.ZadarmaConnection>();
        var edit = await connection.LoadAsync();
        (edit.UseSandbox, edit.Key, edit.NewSecret) = (false, Key, Secret);
        Assert.Empty(await connection.SaveAsync(edit));

        var page = await browser.NewPageAsync(_app);
        var frames = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => frames.Enqueue(frame.Text ?? Convert.ToBase64String(frame.Binary ?? []));
        await page.SignInAsync("admin");
        await page.OpenAsync("settings/integrations/zadarma");
        await Assertions.Expect(page.Locator(".key-set")).ToContainTextAsync("A key ending in …9f3a is stored; type a new one to replace it.");
        await Assertions.Expect(page.Locator("input[name=Key]")).ToHaveValueAsync("");
        await Screenshots.SaveAsync(page, "settings-zadarma-real-account");
        foreach (var tab in new[] { "General", "Integrations", "PBX", "Failed events", "Zadarma" })
            await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
        await page.WaitForInteractiveAsync();

        var seen = string.Concat(frames) + await page.ContentAsync();
        Assert.DoesNotContain(Key, seen);
        Assert.DoesNotContain(Secret, seen);
    }

    private static ILocator Row(IPage page, string extension) =>
        page.Locator(".extensions-grid tbody tr", new() { Has = page.GetByText(extension, new() { Exact = true }) });

    private static async Task MapAsync(IPage page, string extension, string employee)
    {
        await Row(page, extension).Locator(".rz-dropdown").ClickAsync();
        await page.Locator(".rz-popup:visible .rz-dropdown-item", new() { HasText = employee }).ClickAsync();
        await Assertions.Expect(page.Locator(".rz-notification-item").Filter(new() { HasText = $"Extension {extension} now rings {employee}." })).ToBeVisibleAsync();
    }
}
