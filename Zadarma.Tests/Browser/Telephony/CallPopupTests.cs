using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Notifications;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Telephony;

/// <summary>From the PBX's webhook to the popup in the tabs of the agents a call concerns, live, through real circuits.</summary>
public sealed class CallPopupTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private CallCentre _centre = default!;

    public async Task InitializeAsync()
    {
        _centre = await CallCentre.StartAsync(services: s => s.EndDisconnectedCircuitsSoon());
        await _centre.AgentAsync("olga", "Olga Petrova");
        await _centre.AgentAsync("ivan", "Ivan Sokolov");
    }

    public async Task DisposeAsync() => await _centre.DisposeAsync();

    /// <summary>The popups shown in a tab, newest first, whatever the tab's language.</summary>
    public static ILocator Popups(IPage page) => page.Locator(".call-popups > .call-popup");

    private Task<IPage> AgentAsync(string userName) => _centre.SignInAsync(browser, userName);

    [Fact]
    public async Task A_webhook_pops_up_in_the_tab_of_the_agent_it_concerns_and_the_popup_follows_the_call()
    {
        var olga = await AgentAsync("olga");
        var ivan = await AgentAsync("ivan");
        await _centre.WaitForSubscribersAsync(2);

        // Olga's client rings Olga's extension, slowly enough to see each step.
        var call = _centre.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Answered, TimeSpan.FromMilliseconds(1200));

        await Assertions.Expect(olga.GetByRole(AriaRole.Region, new() { Name = "Calls in progress" })).ToBeVisibleAsync();
        var popup = Popups(olga).First;
        var state = popup.Locator(".call-popup-state");
        await Assertions.Expect(state).ToHaveTextAsync("Incoming call");
        await Assertions.Expect(popup).ToContainTextAsync("8 (999) 123-45-67");
        await Assertions.Expect(popup.GetByRole(AriaRole.Link, new() { Name = "Open client Dmitry Volkov" })).ToBeVisibleAsync();
        await Assertions.Expect(popup).ToContainTextAsync("Manager: Olga Petrova");
        await Screenshots.SaveAsync(olga, "popup-known-client");
        await Assertions.Expect(state).ToHaveTextAsync("Talking: Olga Petrova");
        await Assertions.Expect(state).ToContainTextAsync("Ended: Answered");
        var pbxCallId = await call;
        await Assertions.Expect(Popups(ivan)).ToHaveCountAsync(0);

        // The note is saved onto the call.
        await popup.GetByLabel("Note on this call").FillAsync("Wants a quote for 20 seats");
        await popup.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
        await Assertions.Expect(popup).ToContainTextAsync("Note saved");
        Assert.Equal("Wants a quote for 20 seats", (await _centre.Get<CallJournal>().FindAsync(pbxCallId))!.Note);

        // Minimised, it is a bar that still says how the call went; restored, it is whole again.
        await popup.GetByRole(AriaRole.Button, new() { Name = "Minimise" }).ClickAsync();
        await Assertions.Expect(popup.GetByLabel("Note on this call")).ToHaveCountAsync(0);
        await Assertions.Expect(popup).ToContainTextAsync("Dmitry Volkov");
        await Screenshots.SaveAsync(olga, "popup-minimised");
        await popup.GetByRole(AriaRole.Button, new() { Name = "Expand" }).ClickAsync();
        await Assertions.Expect(popup.GetByLabel("Note on this call")).ToHaveValueAsync("Wants a quote for 20 seats");

        await popup.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Assertions.Expect(Popups(olga)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_manager_gets_the_popup_at_the_start_the_ringing_colleague_when_it_rings_and_nobody_else()
    {
        await _centre.AgentAsync("anna", "Anna Kowalska");
        var olga = await AgentAsync("olga");
        var ivan = await AgentAsync("ivan");
        var anna = await AgentAsync("anna");
        await _centre.WaitForSubscribersAsync(3);

        // Olga's client; the PBX rings Ivan's extension, two seconds after the start.
        var call = _centre.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [101], IncomingCallOutcome.Answered, TimeSpan.FromSeconds(2));

        await Assertions.Expect(Popups(olga)).ToContainTextAsync("Dmitry Volkov");
        Assert.Equal(0, await Popups(ivan).CountAsync());
        await Assertions.Expect(Popups(ivan)).ToContainTextAsync("Manager: Olga Petrova");
        await Assertions.Expect(Popups(ivan).Locator(".call-popup-state")).ToHaveTextAsync("Talking: Ivan Sokolov");
        await Assertions.Expect(Popups(olga).Locator(".call-popup-state")).ToHaveTextAsync("Talking: Ivan Sokolov");
        await call;
        await Assertions.Expect(Popups(olga).Locator(".call-popup-state")).ToContainTextAsync("Ended: Answered");
        await Assertions.Expect(Popups(ivan).Locator(".call-popup-state")).ToContainTextAsync("Ended: Answered");
        Assert.Equal(0, await Popups(anna).CountAsync());
    }

    [Fact]
    public async Task Click_to_call_shows_the_agents_phone_ringing_then_the_call_connected_then_is_ready_again()
    {
        var olga = await AgentAsync("olga");
        await _centre.WaitForSubscribersAsync(1);
        var row = olga.Locator("table tbody tr").Filter(new() { HasText = "Dmitry Volkov" });
        var button = row.GetByRole(AriaRole.Button, new() { Name = "Call 8 (999) 123-45-67 through Zadarma" });
        var status = row.Locator(".click-to-call").GetByRole(AriaRole.Status);

        await button.ClickAsync();

        // Zadarma rings Olga's extension first; when she picks up, the PBX reports the call and dials Dmitry.
        await Assertions.Expect(status).ToHaveTextAsync("Your phone is ringing");
        await Assertions.Expect(olga.GetByRole(AriaRole.Status).Filter(new() { HasText = "Pick up extension 100: then 8 (999) 123-45-67 is dialled." })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(olga, "click-to-call-ringing");
        await Assertions.Expect(status).ToHaveTextAsync("Connected");
        await Assertions.Expect(Popups(olga).Locator(".call-popup-state")).ToHaveTextAsync("Calling out");
        await Assertions.Expect(Popups(olga)).ToContainTextAsync("Dmitry Volkov");
        await Screenshots.SaveAsync(olga, "click-to-call-connected");
        await Assertions.Expect(Popups(olga).Locator(".call-popup-state")).ToContainTextAsync("Ended: Answered");
        await Assertions.Expect(row.Locator(".click-to-call-status")).ToBeEmptyAsync();
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = "Call 8 (999) 123-45-67 through Zadarma" })).ToBeEnabledAsync();

        var callback = Assert.Single(_centre.Get<SandboxPbx>().Callbacks);
        Assert.Equal(("100", "+79991234567"), (callback.From, callback.To));
    }

    [Fact]
    public async Task An_agent_linked_on_the_users_page_while_signed_in_gets_popups_without_a_reload()
    {
        var employees = (await _centre.Get<EmployeeStore>().ListAsync()).ToDictionary(e => e.Name, e => e.Id);
        var accounts = _centre.Get<UserAccounts>();
        var anna = await _centre.App.CreateUserAsync("anna", Role.Agent);
        var page = await AgentAsync("anna");

        // Signed in without an employee; an admin links her, as the Users page does.
        await accounts.UpdateAsync(anna.Id, Role.Agent, true, employees["Anna Kowalska"]);
        await _centre.WaitForSubscribersAsync(1);

        // Moved to Ivan's employee, the tab follows: a call ringing his extension, two seconds in, pops up in it.
        var ivan = (await accounts.ListAsync()).Single(u => u.UserName == "ivan");
        await accounts.UpdateAsync(ivan.Id, Role.Agent, true, null);
        await accounts.UpdateAsync(anna.Id, Role.Agent, true, employees["Ivan Sokolov"]);
        var call = _centre.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [101], IncomingCallOutcome.Missed, TimeSpan.FromSeconds(2));
        await Assertions.Expect(Popups(page)).ToContainTextAsync("Dmitry Volkov");
        await call;

        // Unlinked, the tab stops listening.
        await accounts.UpdateAsync(anna.Id, Role.Agent, true, null);
        await Eventually.HoldsAsync(() => _centre.Get<CallNotifier>().SubscriptionCount == 0, "the tab unsubscribed");
    }

    [Fact]
    public async Task Closing_tabs_ends_their_subscriptions()
    {
        var pages = new List<IPage>();
        for (var i = 0; i < 4; i++)
            pages.Add(await AgentAsync(i % 2 == 0 ? "olga" : "ivan"));
        await _centre.WaitForSubscribersAsync(4);

        // Closing a tab ends its circuit at once (the page's goodbye beacon), not after the retention of disconnected
        // circuits; the subscription goes with it.
        await Task.WhenAll(pages.Select(page => page.CloseAsync(new() { RunBeforeUnload = true })));

        await Eventually.HoldsAsync(() => _centre.Get<CallNotifier>().SubscriptionCount == 0, "no subscription is left a second after", TimeSpan.FromSeconds(1));
    }
}
