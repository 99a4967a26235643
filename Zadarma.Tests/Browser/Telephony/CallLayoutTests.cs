using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Demo;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Telephony;

/// <summary>Popups and the docked phone on a laptop and on a phone: where they sit, and that the work stays reachable.</summary>
public sealed class CallLayoutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string LongName = "Konstantin Konstantinopolsky-Rimsky-Korsakov of the Northern Trading Company";
    private const string LongNameNumber = "79035550101";

    private CallCentre _centre = default!;

    public async Task InitializeAsync()
    {
        _centre = await CallCentre.StartAsync(new Dictionary<string, string?> { ["Sandbox:StepDelay"] = "00:00:00.2" }, webRtc: true);
        await _centre.AgentAsync("olga", "Olga Petrova");
        await _centre.Get<Core.Directory.ClientStore>().SaveAsync(new Core.Directory.ClientEdit
        {
            Name = LongName,
            Phones = [new Core.Directory.PhoneEdit { Number = "+" + LongNameNumber }],
        });
    }

    public async Task DisposeAsync() => await _centre.DisposeAsync();

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task Popups_and_the_phone_leave_every_action_button_of_a_grid_reachable(int width, int height)
    {
        var page = await _centre.SignInAsync(browser, "olga", "clients", width, height);
        var phone = page.GetByRole(AriaRole.Region, new() { Name = "Sandbox phone" });
        await Assertions.Expect(phone).ToBeVisibleAsync();
        await _centre.WaitForSubscribersAsync(1);
        var sandbox = _centre.Get<SandboxCalls>();
        await sandbox.SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Answered, TimeSpan.Zero);
        await sandbox.SimulateIncomingAsync(LongNameNumber, [100], IncomingCallOutcome.Missed, TimeSpan.Zero);
        var popups = CallPopupTests.Popups(page);
        await Assertions.Expect(popups).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, $"popups-over-clients-{width}");

        // Every button at the end of a row takes a click: nothing lies over it, however far the page is scrolled.
        var actions = page.Locator("table tbody tr td:last-child button");
        Assert.True(await actions.CountAsync() >= 4);
        foreach (var action in await actions.AllAsync())
            await action.ClickAsync(new() { Trial = true, Timeout = 5_000 });

        // The buttons' page may be wider than the screen (its own business); the popups are measured from its left edge.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");

        // A long name ends in an ellipsis inside its popup, and shows whole on hover.
        var name = popups.First.Locator(".call-popup-client");
        Assert.Equal(LongName, await name.GetAttributeAsync("title"));
        Assert.True(await name.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth && getComputedStyle(e).textOverflow === 'ellipsis'"));
        var nameBox = (await name.BoundingBoxAsync())!;
        var popupBox = (await popups.First.BoundingBoxAsync())!;
        Assert.True(nameBox.X + nameBox.Width <= popupBox.X + popupBox.Width);

        // The popups and the phone fit the screen's width.
        foreach (var shown in (await popups.AllAsync()).Append(phone))
        {
            var box = (await shown.BoundingBoxAsync())!;
            Assert.InRange(box.X, 0, width);
            Assert.InRange(box.X + box.Width, 0, width);
        }
    }

    [Fact]
    public async Task On_a_phone_an_agent_signs_in_opens_calls_and_takes_a_call_from_the_popup()
    {
        // In the dark theme, so that the screenshots show it too.
        var olga = (await _centre.Get<UserAccounts>().ListAsync()).Single(u => u.UserName == "olga");
        await _centre.Get<UserAccounts>().SetThemeAsync(olga.Id, ThemeChoice.Dark);
        var page = await browser.NewPageAsync(_centre.App);
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInWithFormAsync("olga");

        // On a phone the menu waits behind its button.
        var calls = page.GetByRole(AriaRole.Link, new() { Name = "Calls" });
        await Assertions.Expect(calls).Not.ToBeInViewportAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await calls.ClickAsync();
        await page.WaitForURLAsync("**/calls");
        var phone = page.GetByRole(AriaRole.Region, new() { Name = "Sandbox phone" });
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ready");
        await _centre.WaitForSubscribersAsync(1);

        // Dmitry calls; the PBX routes him to Olga, his manager: her browser phone rings, and the popup says who it is.
        _centre.Get<SandboxCalls>().StartRoutedIncoming(DemoData.ClientNumber);
        var popup = CallPopupTests.Popups(page).First;
        await Assertions.Expect(popup.Locator(".call-popup-state")).ToHaveTextAsync("Incoming call");
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("Incoming call from +79991234567");
        var box = (await popup.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"The popup spans {box.X}..{box.X + box.Width}.");
        await Screenshots.SaveAsync(page, "phone-width-incoming-call");

        await phone.GetByRole(AriaRole.Button, new() { Name = "Answer" }).ClickAsync();
        await Assertions.Expect(popup.Locator(".call-popup-state")).ToHaveTextAsync("Talking: Olga Petrova");

        // While they talk, the agent opens the client from the popup.
        await popup.GetByRole(AriaRole.Link, new() { Name = "Open client Dmitry Volkov" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dmitry Volkov" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "phone-width-talking");

        await phone.GetByRole(AriaRole.Button, new() { Name = "Hang up" }).ClickAsync();
        await Assertions.Expect(popup.Locator(".call-popup-state")).ToContainTextAsync("Ended: Answered");
        var pbxCallId = Assert.Single(_centre.Get<SandboxPbx>().Calls).PbxCallId;
        await Eventually.HoldsAsync(async () => (await _centre.Get<CallJournal>().FindAsync(pbxCallId))?.AnsweredBy == "100", "the call is in the journal");
    }
}
