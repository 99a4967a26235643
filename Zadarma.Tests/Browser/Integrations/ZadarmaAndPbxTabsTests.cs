using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Integrations;

/// <summary>The settings flows that need the real app: the sandbox over HTTP, the circuit, the address bar and reloads.</summary>
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
        await page.SignInAsync("admin", to: "settings/integrations/zadarma");
        await Assertions.Expect(page.GetByRole(AriaRole.Switch, new() { Name = "Use the sandbox" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Test connection" }).ClickAsync();
        await Assertions.Expect(page.Locator(".test-result")).ToHaveTextAsync("Connected. Balance: 25.50 USD.");
        await Assertions.Expect(page.Locator(".webhook-address")).ToHaveTextAsync($"{_app.Address}exec/Zadarma.notify");
        await Assertions.Expect(page.Locator(".private-address")).ToContainTextAsync("127.0.0.1 is a local or private address");
        await Screenshots.SaveAsync(page, "settings-zadarma");

        await page.GetByRole(AriaRole.Tab, new() { Name = "PBX" }).ClickAsync();
        await page.WaitForURLAsync("**/settings/integrations/pbx");
        await page.GetByRole(AriaRole.Button, new() { Name = "Get PBX" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Employee of extension 102" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".pbx-id")).ToContainTextAsync(_app.Get<Core.Sandbox.SandboxPbx>().PbxId.ToString());

        await MapAsync(page, "100", "olga", "Olga Petrova");
        await MapAsync(page, "101", "sok", "Ivan Sokolov");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.EndsWith("/settings/integrations/pbx", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "PBX" })).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Integrations" })).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"));
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Employee of extension 100" })).ToHaveValueAsync("Olga Petrova");
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Employee of extension 101" })).ToHaveValueAsync("Ivan Sokolov");
        await Screenshots.SaveAsync(page, "settings-pbx");

        var mapped = await _app.Get<ExtensionStore>().ListAsync();
        Assert.Equal(["Olga Petrova", "Ivan Sokolov", null], mapped.Select(x => x.EmployeeName));
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
        await page.SignInAsync("admin", to: "settings/integrations/zadarma");
        await Assertions.Expect(page.GetByText("A key ending in …9f3a is stored; type a new one to replace it.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Key", new() { Exact = true })).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByLabel("Secret", new() { Exact = true })).ToHaveValueAsync("");
        await Screenshots.SaveAsync(page, "settings-zadarma-real-account");
        foreach (var tab in new[] { "PBX", "Failed events", "Zadarma" })
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = tab })).ToHaveAttributeAsync("aria-selected", "true");
        }
        await page.GetByRole(AriaRole.Link, new() { Name = "General" }).ClickAsync();
        await page.WaitForURLAsync("**/settings/general");
        await Assertions.Expect(page.GetByLabel("Default country")).ToBeVisibleAsync();

        var seen = string.Concat(frames) + await page.ContentAsync();
        Assert.DoesNotContain(Key, seen);
        Assert.DoesNotContain(Secret, seen);
    }

    private static async Task MapAsync(IPage page, string extension, string typed, string employee)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = $"Employee of extension {extension}" }).FillAsync(typed);
        await page.GetByRole(AriaRole.Option, new() { Name = employee }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Extension {extension} now rings {employee}.")).ToBeVisibleAsync();
    }
}
