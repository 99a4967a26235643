using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Persistence;
using Zadarma.Core.Recordings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Accounts;

/// <summary>The users grid, the recording audit and the preferences dialog with long names, on a laptop and on a phone.</summary>
public sealed class AccountsAtEveryWidthTests(BrowserFixture browser, AccountsApp accounts) : IClassFixture<BrowserFixture>, IClassFixture<AccountsApp>, IAsyncLifetime
{
    private const string LongName = "konstantin.konstantinopolsky.from.the.night.shift";

    private readonly TestApp _app = accounts.App;

    public async Task InitializeAsync()
    {
        var users = _app.Get<UserAccounts>();
        if ((await users.PageAsync(new Core.Paging.PageRequest(Search: LongName))).Total > 0)
            return;
        var listener = await users.CreateAsync(LongName, TestApp.AdminPassword, Role.Supervisor, "ru", "America/Argentina/Buenos_Aires");
        await using var db = await _app.Get<IDbContextFactory<ZadarmaDb>>().CreateDbContextAsync();
        var call = new Call { PbxCallId = "in_wide", Direction = CallDirection.Incoming, IsRecorded = true, RecordingIds = ["1705309200.98765432101234567890"] };
        db.Calls.Add(call);
        await db.SaveChangesAsync();
        var audit = _app.Get<RecordingAuditLog>();
        foreach (var action in new[] { RecordingAction.Play, RecordingAction.Download })
            await audit.WriteAsync(new RecordingListener(listener.Id, listener.UserName, listener.Role), call, call.RecordingIds[0], action, RecordingSource.Local);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{what}: the page scrolls sideways.");
        // Names the cells that stick out, so that a failure says where to look.
        var wide = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.mud-table-container')].filter(t => t.scrollWidth > t.clientWidth + 1)
                .flatMap(t => [...t.querySelectorAll('td')].filter(c => c.getBoundingClientRect().right > t.getBoundingClientRect().right + 1))
                .map(c => `${c.dataset.label}: ${c.textContent.trim().slice(0, 60)}`)
            """);
        Assert.True(wide.Length == 0, $"{what}: a grid scrolls sideways at {string.Join(", ", wide.Take(5))}");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_users_grid_and_the_audit_fit_and_shorten_long_names_with_the_whole_name_on_hover(int width)
    {
        var page = await browser.NewPageAsync(_app, "ru-RU", width, width < 600 ? 844 : 860);
        await page.SignInAsync("admin", to: "users");
        var name = page.Locator(".user-name", new() { HasText = LongName });
        await Assertions.Expect(name).ToHaveAttributeAsync("title", LongName);
        Assert.True(await name.EvaluateAsync<bool>("n => n.scrollWidth > n.clientWidth"), "The long name is not shortened.");
        await Screenshots.SaveAsync(page, $"users-long-names-ru-{width}");
        await AssertFitsAsync(page, $"users at {width}");

        await page.OpenAsync("recordings/audit");
        await Assertions.Expect(page.Locator(".recording-audit-grid strong", new() { HasText = LongName })).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, $"recording-audit-ru-{width}");
        await AssertFitsAsync(page, $"recording audit at {width}");
    }

    [Fact]
    public async Task The_preferences_dialog_fills_a_phone_and_its_zone_list_fits()
    {
        var page = await browser.NewPageAsync(_app, "pl-PL", 390, 844);
        await page.SignInAsync("olga");

        await page.OpenUserMenuAsync("olga");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Moje ustawienia" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByRole(AriaRole.Heading, new() { Name = "Moje ustawienia" })).ToBeVisibleAsync();
        // The list opens on focus with every zone; typing once it shows asks for the matches after it, not alongside.
        var zone = dialog.GetByRole(AriaRole.Combobox, new() { Name = "Strefa czasowa" });
        await zone.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await zone.FillAsync("buenos");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "(UTC-03:00) Buenos Aires" })).ToBeVisibleAsync();

        // The dialog grows into place: it fills the screen once it has.
        await page.WaitForFunctionAsync("() => { const d = document.querySelector('.preferences-dialog').getBoundingClientRect(); return d.left === 0 && d.width === 390; }");
        await Screenshots.SaveAsync(page, "preferences-pl-390");
        await AssertFitsAsync(page, "preferences at 390");
    }
}
