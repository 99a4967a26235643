using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Notifications;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Browser.Telephony;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Sandbox;

/// <summary>A newcomer loads the demo data and has the sandbox call in, from the Zadarma tab alone.</summary>
public sealed class SimulatedCallTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Sandbox:StepDelay"] = "00:00:00.3" });
        await _app.CreateUserAsync("admin", Role.Admin);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task After_loading_demo_data_a_simulated_call_is_routed_pops_up_and_lands_in_the_journal()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("admin", to: "settings/integrations/zadarma");

        await page.GetByRole(AriaRole.Button, new() { Name = "Load demo data" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Demo data ready")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Caller's number")).ToHaveValueAsync("+7 999 123 45 67");
        await Screenshots.SaveAsync(page, "settings-zadarma-sandbox");

        // Linked to an employee by the demo data, the tab listens for that employee's calls.
        await Eventually.HoldsAsync(() => _app.Get<CallNotifier>().SubscriptionCount == 1, "the tab subscribed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simulate an incoming call" }).ClickAsync();

        // The admin was linked to Olga Petrova, the caller's manager, whose extension the call is redirected to.
        var popup = CallPopupTests.Popups(page);
        await Assertions.Expect(popup).ToBeVisibleAsync();
        await Assertions.Expect(popup).ToContainTextAsync("Dmitry Volkov");
        await Assertions.Expect(popup.Locator(".call-popup-state")).ToContainTextAsync("Ended: Answered");
        Assert.Equal(100, Assert.Single(_app.Get<SandboxPbx>().Calls).Extension);

        await page.OpenAsync("calls");
        var rows = page.Locator(".calls-grid tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Dmitry Volkov");
        await Assertions.Expect(rows.First).ToContainTextAsync("Olga Petrova");
    }
}
