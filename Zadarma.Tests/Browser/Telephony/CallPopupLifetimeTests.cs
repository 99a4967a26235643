using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Demo;
using Zadarma.Core.Directory;
using Zadarma.Core.Notifications;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Telephony;

/// <summary>How popups come and go: calls at the same time stack, an ended one leaves by itself unless a note is being written.</summary>
public sealed class CallPopupLifetimeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Linger = TimeSpan.FromSeconds(1.5);

    private TestApp _app = default!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["CallPopups:LingerAfterEnd"] = Linger.ToString() });
        await _app.CreateUserAsync("admin", Role.Admin);
        await _app.Get<DemoData>().LoadAsync(userId: null);
        var olga = await _app.CreateUserAsync("olga", Role.Agent);
        var employee = (await _app.Get<EmployeeStore>().ListAsync()).Single(e => e.Name == "Olga Petrova").Id;
        await _app.Get<UserAccounts>().UpdateAsync(olga.Id, Role.Agent, true, employee);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<IPage> OlgaAsync()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("olga");
        await page.OpenAsync("clients");
        await Eventually.HoldsAsync(() => _app.Get<CallNotifier>().SubscriptionCount >= 1, "the tab subscribed");
        return page;
    }

    [Fact]
    public async Task Two_calls_at_once_stack_as_two_popups_newest_first()
    {
        var olga = await OlgaAsync();
        var sandbox = _app.Get<SandboxCalls>();

        // Dmitry rings Olga's extension; while it rings, Sergey rings it too.
        var first = sandbox.SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Missed, TimeSpan.FromSeconds(4));
        var popups = olga.Locator(".call-popup");
        await Assertions.Expect(popups).ToHaveCountAsync(1);
        var second = sandbox.SimulateIncomingAsync("79120001122", [100], IncomingCallOutcome.Missed, TimeSpan.FromSeconds(4));

        await Assertions.Expect(popups).ToHaveCountAsync(2);
        await Assertions.Expect(popups.Nth(0)).ToContainTextAsync("Sergey Orlov");
        await Assertions.Expect(popups.Nth(0)).ToContainTextAsync("Manager: Ivan Sokolov");
        await Assertions.Expect(popups.Nth(1)).ToContainTextAsync("Dmitry Volkov");
        await Assertions.Expect(popups.Locator(".call-popup-state")).ToHaveTextAsync(["Incoming call", "Incoming call"]);
        await Screenshots.SaveAsync(olga, "popups-stacked");

        await Task.WhenAll(first, second);
        Assert.NotEqual(await first, await second);
    }

    [Fact]
    public async Task An_ended_popup_closes_itself_after_the_linger_time_but_not_while_a_note_is_written()
    {
        var olga = await OlgaAsync();
        var sandbox = _app.Get<SandboxCalls>();
        var popup = olga.Locator(".call-popup");

        await sandbox.SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Answered, TimeSpan.Zero);
        await Assertions.Expect(popup.Locator(".call-popup-state")).ToContainTextAsync("Ended: Answered");
        await Assertions.Expect(popup).ToHaveCountAsync(0, new() { Timeout = 10_000 });

        // The agent starts a note before the time is up: the popup waits for them.
        var pbxCallId = await sandbox.SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Answered, TimeSpan.Zero);
        await Assertions.Expect(popup.Locator(".call-popup-state")).ToContainTextAsync("Ended: Answered");
        await popup.Locator(".call-popup-note").FocusAsync();
        await popup.Locator(".call-popup-note").FillAsync("Call back on Monday");
        await olga.WaitForTimeoutAsync((float)(Linger.TotalMilliseconds * 3));
        await Assertions.Expect(popup).ToHaveCountAsync(1);

        // Done writing: the note is saved and the popup leaves a linger time later.
        await popup.Locator(".call-popup-note").BlurAsync();
        await Eventually.HoldsAsync(async () => (await _app.Get<Core.Calls.CallJournal>().FindAsync(pbxCallId))?.Note == "Call back on Monday", "the note is saved");
        await Assertions.Expect(popup).ToHaveCountAsync(0, new() { Timeout = 10_000 });
    }
}
