using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Demo;
using Zadarma.Core.Persistence;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.EveryPage;

/// <summary>
/// One app with what every page shows when in use: the demo's employees and clients, calls answered and missed, a
/// supervisor. Pages are opened signed in as the admin, in a language set by the culture cookie.
/// </summary>
public sealed class EveryPageApp : IAsyncLifetime
{
    public TestApp App { get; private set; } = default!;

    public IReadOnlyList<(string Name, string Path)> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        var admin = await App.CreateUserAsync("admin", Role.Admin);
        await App.CreateUserAsync("supervisor.with.a.rather.long.name", Role.Supervisor);
        await App.Get<DemoData>().LoadAsync(admin.Id);

        var sandbox = App.Get<SandboxCalls>();
        await sandbox.SimulateIncomingAsync(DemoData.ClientNumber, [100, 101], IncomingCallOutcome.Missed, TimeSpan.Zero);
        await sandbox.SimulateIncomingAsync(DemoData.ClientNumber, [100], IncomingCallOutcome.Answered, TimeSpan.Zero);
        await sandbox.SimulateIncomingAsync("48601234567", [102], IncomingCallOutcome.Answered, TimeSpan.Zero);

        var db = App.Get<IDbContextFactory<ZadarmaDb>>();
        int callId = 0, clientId = 0;
        await Eventually.HoldsAsync(async () =>
        {
            await using var context = await db.CreateDbContextAsync();
            callId = await context.Calls.Where(c => c.EndedUtc != null).OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync();
            clientId = await context.Clients.OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync();
            return await context.Calls.CountAsync(c => c.EndedUtc != null) == 3;
        }, "three calls in the journal");

        Pages =
        [
            ("calls", "calls"),
            ("call", $"calls/{callId}"),
            ("clients", "clients"),
            ("client", $"clients/{clientId}"),
            ("employees", "employees"),
            ("users", "users"),
            ("settings-general", "settings/general"),
            ("settings-integrations", "settings/integrations"),
            ("recording-audit", "recordings/audit"),
            ("not-found", "no-such-page"),
        ];
    }

    /// <summary>A signed-in admin's tab in the given language and width, its theme following the device's.</summary>
    public async Task<IPage> OpenAsync(BrowserFixture browser, string language, int width)
    {
        // The browser asks for English; the culture cookie, set once signed in, picks the page's language.
        var page = await browser.NewPageAsync(App, "en-US", width, width < 600 ? 844 : 860);
        await page.SignInAsync("admin");
        await page.Context.AddCookiesAsync(
        [
            new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = App.Address.ToString() },
        ]);
        return page;
    }

    /// <summary>Opens a page and waits until its circuit is live and its final colours are applied.</summary>
    public static async Task ShowAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
        await page.Locator("[data-theme]").WaitForAsync();
    }

    /// <summary>Switches the device's scheme and waits until the page has followed it.</summary>
    public static async Task UseSchemeAsync(IPage page, ColorScheme scheme)
    {
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await page.Locator($"[data-theme={(scheme == ColorScheme.Dark ? "dark" : "light")}]").WaitForAsync();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
