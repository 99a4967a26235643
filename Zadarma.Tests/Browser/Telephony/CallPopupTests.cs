using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Demo;
using Zadarma.Core.Directory;
using Zadarma.Core.Notifications;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Telephony;

public sealed class CallPopupTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(services: s => s.EndDisconnectedCircuitsSoon());
        await _app.CreateUserAsync("admin", Role.Admin);
        await _app.Get<DemoData>().LoadAsync(userId: null);
        var employees = (await _app.Get<EmployeeStore>().ListAsync()).ToDictionary(e => e.Name, e => e.Id);
        await CreateAgentAsync("olga", employees["Olga Petrova"]);
        await CreateAgentAsync("ivan", employees["Ivan Sokolov"]);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task CreateAgentAsync(string userName, int employeeId)
    {
        var user = await _app.CreateUserAsync(userName, Role.Agent);
        await _app.Get<UserAccounts>().UpdateAsync(user.Id, Role.Agent, true, employeeId);
    }

    private async Task<IPage> AgentAsync(string userName)
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync(userName);
        await page.OpenAsync("clients");
        return page;
    }

    [Fact]
    public async Task Only_the_agent_whose_extension_rings_sees_the_popup_and_it_follows_the_call()
    {
        var olga = await AgentAsync("olga");
        var ivan = await AgentAsync("ivan");
        await WaitForSubscribersAsync(2);

        // Olga's client rings Olga's extension, slowly enough to see each step.
        var call = _app.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Answered, TimeSpan.FromMilliseconds(1200));

        var popup = olga.Locator(".call-popup");
        await Assertions.Expect(popup).ToBeVisibleAsync();
        await Assertions.Expect(popup).ToContainTextAsync("Dmitry Volkov");
        await Assertions.Expect(popup).ToContainTextAsync("8 (999) 123-45-67");
        await Assertions.Expect(popup).ToContainTextAsync("Manager: Olga Petrova");
        await Assertions.Expect(popup.Locator(".call-popup-state")).ToHaveTextAsync("Incoming call");
        await Screenshots.SaveAsync(olga, "popup-known-client");

        await Assertions.Expect(popup.Locator(".call-popup-state")).ToHaveTextAsync("Talking: Olga Petrova");
        await Assertions.Expect(popup.Locator(".call-popup-state")).ToContainTextAsync("Ended: Answered");
        await call;
        await Assertions.Expect(ivan.Locator(".call-popup")).ToHaveCountAsync(0);

        // Every tab of the agent gets it; the note is saved onto the call.
        await popup.Locator(".call-popup-note").FillAsync("Wants a quote for 20 seats");
        await popup.Locator(".call-popup-note").BlurAsync();
        await Eventually.HoldsAsync(async () => (await _app.Get<Core.Calls.CallJournal>().FindAsync(await call))?.Note == "Wants a quote for 20 seats", "the note is saved");

        await popup.Locator(".call-popup-close").ClickAsync();
        await Assertions.Expect(popup).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_unknown_caller_can_be_saved_as_a_client_and_the_call_is_linked()
    {
        var olga = await AgentAsync("olga");
        await WaitForSubscribersAsync(1);

        var pbxCallId = await _app.Get<SandboxCalls>().SimulateIncomingAsync("79035550101", [100], IncomingCallOutcome.Answered, TimeSpan.Zero);

        var popup = olga.Locator(".call-popup");
        await Assertions.Expect(popup.Locator(".call-popup-unknown")).ToHaveTextAsync("Unknown number.");
        await Screenshots.SaveAsync(olga, "popup-unknown-number");
        await popup.GetByRole(AriaRole.Button, new() { Name = "Create client" }).ClickAsync();
        var dialog = olga.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByLabel("Phone number")).ToHaveValueAsync("+79035550101");
        await dialog.GetByLabel("Name").FillAsync("Elena Smirnova");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(popup.Locator(".call-popup-client")).ToHaveTextAsync("Elena Smirnova");
        var call = await _app.Get<Core.Calls.CallJournal>().FindAsync(pbxCallId);
        var client = Assert.Single((await _app.Get<ClientStore>().ListAsync(new Core.Paging.PageRequest(Search: "Elena"))).Items);
        Assert.Equal([client.Id], call!.ClientIds);
    }

    [Fact]
    public async Task Several_matching_clients_are_offered_with_their_managers_and_earlier_calls_say_who_answered()
    {
        var employees = (await _app.Get<EmployeeStore>().ListAsync()).ToDictionary(e => e.Name, e => e.Id);
        await _app.Get<ClientStore>().SaveAsync(new ClientEdit
        {
            Name = "Acme accounting",
            Company = "Acme Ltd",
            ResponsibleEmployeeId = employees["Ivan Sokolov"],
            Phones = [new PhoneEdit { Number = "+7 999 123 45 67" }],
            AllowSharedNumbers = true,
        });
        var olga = await AgentAsync("olga");
        await WaitForSubscribersAsync(1);
        // An earlier call, answered on Ivan's extension.
        await _app.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [101], IncomingCallOutcome.Answered, TimeSpan.Zero);
        await olga.Locator(".call-popup-close").ClickAsync();

        await _app.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Missed, TimeSpan.Zero);

        var popup = olga.Locator(".call-popup");
        var choices = popup.Locator(".call-popup-choice");
        await Assertions.Expect(choices).ToHaveCountAsync(2);
        await Assertions.Expect(choices.Filter(new() { HasText = "Dmitry Volkov" })).ToContainTextAsync("Manager: Olga Petrova");
        await Assertions.Expect(choices.Filter(new() { HasText = "Acme accounting" })).ToContainTextAsync("Manager: Ivan Sokolov");
        await Assertions.Expect(popup.Locator(".call-popup-past")).ToContainTextAsync("Answered by Ivan Sokolov");
        await Screenshots.SaveAsync(olga, "popup-several-clients");
        await choices.Filter(new() { HasText = "Acme accounting" }).GetByRole(AriaRole.Button, new() { Name = "This one" }).ClickAsync();
        await Assertions.Expect(popup.Locator(".call-popup-client")).ToHaveTextAsync("Acme accounting");
        await Assertions.Expect(popup.Locator(".call-popup-manager")).ToHaveTextAsync("Manager: Ivan Sokolov");
    }

    [Fact]
    public async Task A_link_that_fails_is_a_notice_and_the_tab_keeps_working()
    {
        await _app.Get<ClientStore>().SaveAsync(new ClientEdit { Name = "Acme accounting", Phones = [new PhoneEdit { Number = "+7 999 123 45 67" }], AllowSharedNumbers = true });
        var olga = await AgentAsync("olga");
        await WaitForSubscribersAsync(1);
        var pbxCallId = await _app.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Missed, TimeSpan.Zero);
        var popup = olga.Locator(".call-popup");
        await Assertions.Expect(popup.Locator(".call-popup-choice")).ToHaveCountAsync(2);

        // The call is gone from the journal before the agent picks the client.
        await using (var db = await _app.Get<IDbContextFactory<Core.Persistence.ZadarmaDb>>().CreateDbContextAsync())
            await db.Calls.Where(c => c.PbxCallId == pbxCallId).ExecuteDeleteAsync();
        await popup.Locator(".call-popup-choice", new() { HasText = "Acme accounting" }).GetByRole(AriaRole.Button, new() { Name = "This one" }).ClickAsync();

        var notice = olga.Locator(".rz-notification-item");
        await Assertions.Expect(notice).ToContainTextAsync("The client was not linked to this call");
        await Assertions.Expect(notice).ToContainTextAsync("It has been logged; please try again.");
        // The circuit lives on: the popup still closes and the app still navigates.
        await popup.Locator(".call-popup-close").ClickAsync();
        await Assertions.Expect(popup).ToHaveCountAsync(0);
        await olga.GetByRole(AriaRole.Link, new() { Name = "Dmitry Volkov" }).ClickAsync();
        await Assertions.Expect(olga.GetByRole(AriaRole.Heading, new() { Name = "Dmitry Volkov" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_manager_gets_the_popup_at_the_start_the_ringing_colleague_when_it_rings_and_nobody_else()
    {
        var employees = (await _app.Get<EmployeeStore>().ListAsync()).ToDictionary(e => e.Name, e => e.Id);
        await CreateAgentAsync("anna", employees["Anna Kowalska"]);
        var olga = await AgentAsync("olga");
        var ivan = await AgentAsync("ivan");
        var anna = await AgentAsync("anna");
        await WaitForSubscribersAsync(3);

        // Olga's client; the PBX rings Ivan's extension, two seconds after the start.
        var call = _app.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [101], IncomingCallOutcome.Answered, TimeSpan.FromSeconds(2));

        await Assertions.Expect(olga.Locator(".call-popup")).ToContainTextAsync("Dmitry Volkov");
        Assert.Equal(0, await ivan.Locator(".call-popup").CountAsync());
        await Assertions.Expect(ivan.Locator(".call-popup")).ToContainTextAsync("Manager: Olga Petrova");
        await Assertions.Expect(ivan.Locator(".call-popup-state")).ToHaveTextAsync("Talking: Ivan Sokolov");
        await Assertions.Expect(olga.Locator(".call-popup-state")).ToHaveTextAsync("Talking: Ivan Sokolov");
        await call;
        await Assertions.Expect(olga.Locator(".call-popup-state")).ToContainTextAsync("Ended: Answered");
        await Assertions.Expect(ivan.Locator(".call-popup-state")).ToContainTextAsync("Ended: Answered");
        Assert.Equal(0, await anna.Locator(".call-popup").CountAsync());
    }

    [Fact]
    public async Task Every_number_on_the_clients_calls_call_and_popup_screens_can_be_called()
    {
        var olga = await AgentAsync("olga");
        await WaitForSubscribersAsync(1);
        var pbxCallId = await _app.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Answered, TimeSpan.Zero);
        await Assertions.Expect(olga.Locator(".call-popup .call-popup-state")).ToContainTextAsync("Ended: Answered");
        await AssertEveryNumberCallableAsync(olga, ".call-popup");
        await olga.Locator(".call-popup-close").ClickAsync();

        await AssertEveryNumberCallableAsync(olga, ".clients-grid");
        await olga.GetByRole(AriaRole.Link, new() { Name = "Dmitry Volkov" }).First.ClickAsync();
        await Assertions.Expect(olga.GetByRole(AriaRole.Heading, new() { Name = "Dmitry Volkov" })).ToBeVisibleAsync();
        await AssertEveryNumberCallableAsync(olga, ".client-card");
        await olga.OpenAsync("calls");
        await Assertions.Expect(olga.Locator(".calls-grid tbody tr")).ToHaveCountAsync(1);
        await AssertEveryNumberCallableAsync(olga, ".calls-grid");

        var call = await _app.Get<Core.Calls.CallJournal>().FindAsync(pbxCallId);
        await olga.OpenAsync($"calls/{call!.Id}");
        await AssertEveryNumberCallableAsync(olga, ".call-number");
        await olga.Locator(".call-number .click-to-call").ClickAsync();

        await Assertions.Expect(olga.Locator(".rz-notification-item").First).ToContainTextAsync("Your phone is ringing");
        await Screenshots.SaveAsync(olga, "call-page-click-to-call");
        var callback = Assert.Single(_app.Get<SandboxPbx>().Callbacks);
        Assert.Equal(("100", "+79991234567"), (callback.From, callback.To));
    }

    [Fact]
    public async Task Click_to_call_rings_the_agents_extension_then_follows_the_call()
    {
        var olga = await AgentAsync("olga");
        await WaitForSubscribersAsync(1);
        await olga.GetByRole(AriaRole.Link, new() { Name = "Dmitry Volkov" }).ClickAsync();
        await Assertions.Expect(olga.GetByRole(AriaRole.Heading, new() { Name = "Dmitry Volkov" })).ToBeVisibleAsync();

        await olga.Locator(".client-card .click-to-call").ClickAsync();
        // A double click dials once.
        await olga.Locator(".client-card .click-to-call").ClickAsync();

        await Assertions.Expect(olga.Locator(".rz-notification-item").First).ToContainTextAsync("Your phone is ringing");
        await Assertions.Expect(olga.Locator(".call-popup")).ToContainTextAsync("Dmitry Volkov");
        await Assertions.Expect(olga.Locator(".call-popup .call-popup-state")).ToContainTextAsync("Ended: Answered");
        await Screenshots.SaveAsync(olga, "click-to-call");

        var callback = Assert.Single(_app.Get<SandboxPbx>().Callbacks);
        Assert.Equal(("100", "+79991234567"), (callback.From, callback.To));
    }

    [Fact]
    public async Task An_agent_without_an_extension_is_told_so()
    {
        var employee = await _app.Get<EmployeeStore>().SaveAsync(new EmployeeEdit { Name = "New Hire" });
        await CreateAgentAsync("newbie", employee);
        var page = await AgentAsync("newbie");

        await page.Locator(".clients-grid .click-to-call").First.ClickAsync();

        await Assertions.Expect(page.Locator(".rz-notification-item").First).ToContainTextAsync("You have no extension");
        Assert.Empty(_app.Get<SandboxPbx>().Callbacks);
    }

    [Fact]
    public async Task An_agent_linked_on_the_users_page_while_signed_in_gets_popups_without_a_reload()
    {
        var employees = (await _app.Get<EmployeeStore>().ListAsync()).ToDictionary(e => e.Name, e => e.Id);
        var accounts = _app.Get<UserAccounts>();
        var anna = await _app.CreateUserAsync("anna", Role.Agent);
        var page = await AgentAsync("anna");

        // Signed in without an employee; an admin links her, as the Users page does.
        await accounts.UpdateAsync(anna.Id, Role.Agent, true, employees["Anna Kowalska"]);
        await WaitForSubscribersAsync(1);

        // Moved to Ivan's employee, the tab follows: a call ringing his extension, two seconds in, pops up in it.
        var ivan = (await accounts.ListAsync()).Single(u => u.UserName == "ivan");
        await accounts.UpdateAsync(ivan.Id, Role.Agent, true, null);
        await accounts.UpdateAsync(anna.Id, Role.Agent, true, employees["Ivan Sokolov"]);
        var call = _app.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [101], IncomingCallOutcome.Missed, TimeSpan.FromSeconds(2));
        await Assertions.Expect(page.Locator(".call-popup")).ToContainTextAsync("Dmitry Volkov");
        await call;

        // Unlinked, the tab stops listening.
        await accounts.UpdateAsync(anna.Id, Role.Agent, true, null);
        await Eventually.HoldsAsync(() => _app.Get<CallNotifier>().SubscriptionCount == 0, "the tab unsubscribed");
    }

    [Fact]
    public async Task Closing_tabs_ends_their_subscriptions()
    {
        var pages = new List<IPage>();
        for (var i = 0; i < 4; i++)
            pages.Add(await AgentAsync(i % 2 == 0 ? "olga" : "ivan"));
        await WaitForSubscribersAsync(4);

        // Closing a tab ends its circuit; the subscription goes with it.
        foreach (var page in pages)
            await page.CloseAsync(new() { RunBeforeUnload = true });

        await Eventually.HoldsAsync(() => _app.Get<CallNotifier>().SubscriptionCount == 0, "no subscription is left", TimeSpan.FromSeconds(20));
    }

    private static async Task AssertEveryNumberCallableAsync(IPage page, string area)
    {
        var numbers = page.Locator($"{area} .phone-text");
        await Assertions.Expect(numbers.First).ToBeVisibleAsync();
        var count = await numbers.CountAsync();
        await Assertions.Expect(page.Locator($"{area} .phone-text-wrap:has(.phone-text):has(.click-to-call)")).ToHaveCountAsync(count);
    }

    private Task WaitForSubscribersAsync(int count) =>
        Eventually.HoldsAsync(() => _app.Get<CallNotifier>().SubscriptionCount >= count, $"{count} tabs subscribed");
}
