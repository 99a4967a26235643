using Microsoft.Playwright;
using Zadarma.Core.Calls;
using Zadarma.Core.Demo;
using Zadarma.Core.Sandbox;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Browser.Telephony;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Sandbox;

/// <summary>
/// The sandbox's browser phone as an agent uses it: an incoming call rings in it, an outgoing one connects, and either
/// ends when the agent hangs up, with Zadarma's notifications, the journal entry and the popup of any call.
/// </summary>
public sealed class SandboxPhoneTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private CallCentre _centre = default!;

    public async Task InitializeAsync()
    {
        _centre = await CallCentre.StartAsync(new Dictionary<string, string?>
        {
            ["Sandbox:StepDelay"] = "00:00:00.3",
            // Short, so that a call nobody answers rings out within the test.
            ["Sandbox:RingTimeout"] = "00:00:03",
        }, webRtc: true);
        await _centre.AgentAsync("olga", "Olga Petrova");
    }

    public async Task DisposeAsync() => await _centre.DisposeAsync();

    /// <summary>Olga on the Calls page, her browser phone open and signed in to the sandbox.</summary>
    private async Task<(IPage Page, ILocator Phone)> OlgaAsync()
    {
        var page = await _centre.SignInAsync(browser, "olga", "calls");
        var phone = page.GetByRole(AriaRole.Region, new() { Name = "Sandbox phone" });
        await Assertions.Expect(Status(phone)).ToHaveTextAsync("Ready");
        await _centre.WaitForSubscribersAsync(1);
        return (page, phone);
    }

    private static ILocator Status(ILocator phone) => phone.GetByRole(AriaRole.Status);

    private static ILocator State(IPage page) => CallPopupTests.Popups(page).First.Locator(".call-popup-state");

    private async Task<Call> JournalledAsync(string pbxCallId, WebhookEventType events)
    {
        Call? call = null;
        await Eventually.HoldsAsync(async () => (call = await _centre.Get<CallJournal>().FindAsync(pbxCallId)) is { } c && c.EventsSeen.HasFlag(events),
            $"the journal has {events} for {pbxCallId}");
        return call!;
    }

    [Fact]
    public async Task An_incoming_call_rings_in_the_phone_is_answered_there_and_ends_when_the_agent_hangs_up()
    {
        var (page, phone) = await OlgaAsync();

        // Dmitry calls; the PBX routes him to Olga, his manager.
        _centre.Get<SandboxCalls>().StartRoutedIncoming(DemoData.ClientNumber);

        await Assertions.Expect(Status(phone)).ToHaveTextAsync("Incoming call from +79991234567");
        await Assertions.Expect(State(page)).ToHaveTextAsync("Incoming call");
        await Assertions.Expect(CallPopupTests.Popups(page).First).ToContainTextAsync("Dmitry Volkov");
        await Screenshots.SaveAsync(page, "sandbox-phone-ringing");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Answer" }).ClickAsync();

        await Assertions.Expect(Status(phone)).ToHaveTextAsync("On the call with +79991234567");
        await Assertions.Expect(State(page)).ToHaveTextAsync("Talking: Olga Petrova");
        await Screenshots.SaveAsync(page, "sandbox-phone-talking");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Hang up" }).ClickAsync();

        await Assertions.Expect(Status(phone)).ToHaveTextAsync("Call with +79991234567 ended");
        await Assertions.Expect(State(page)).ToContainTextAsync("Ended: Answered");
        var played = Assert.Single(_centre.Get<SandboxPbx>().Calls);
        Assert.Equal((100, "answered"), (played.Extension, played.Disposition));
        var call = await JournalledAsync(played.PbxCallId,
            WebhookEventType.NotifyStart | WebhookEventType.NotifyInternal | WebhookEventType.NotifyAnswer | WebhookEventType.NotifyEnd | WebhookEventType.NotifyRecord);
        Assert.Equal((CallDirection.Incoming, "100", CallDisposition.Answered), (call.Direction, call.AnsweredBy, call.Disposition));
        Assert.True(call.IsRecorded);

        // The journal lists it like any call.
        await page.OpenAsync("calls");
        await Assertions.Expect(page.Locator("table tbody tr").Filter(new() { HasText = "Dmitry Volkov" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_declined_call_ends_busy_and_one_nobody_answers_rings_out_as_missed()
    {
        var (page, phone) = await OlgaAsync();
        var sandbox = _centre.Get<SandboxCalls>();

        var declined = sandbox.SimulateRoutedIncomingAsync(DemoData.ClientNumber);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Decline" }).ClickAsync();
        await Assertions.Expect(Status(phone)).ToHaveTextAsync("Call from +79991234567 declined");
        await Assertions.Expect(State(page)).ToContainTextAsync("Ended: Busy");
        Assert.Equal(CallDisposition.Busy, (await JournalledAsync(await declined, WebhookEventType.NotifyEnd)).Disposition);

        var missed = sandbox.SimulateRoutedIncomingAsync(DemoData.ClientNumber);
        await Assertions.Expect(Status(phone)).ToHaveTextAsync("Incoming call from +79991234567");
        await Assertions.Expect(Status(phone)).ToHaveTextAsync("Missed call from +79991234567");
        var call = await JournalledAsync(await missed, WebhookEventType.NotifyEnd);
        Assert.Equal((CallDisposition.NoAnswer, null), (call.Disposition, call.AnsweredBy));
        await Assertions.Expect(State(page)).ToContainTextAsync("Ended: No answer");
    }

    [Fact]
    public async Task An_outgoing_call_from_the_phone_connects_and_ends_when_the_agent_hangs_up()
    {
        var (page, phone) = await OlgaAsync();
        // The phone may start minimised; the agent opens it to dial.
        if (await phone.GetByRole(AriaRole.Button, new() { Name = "Show the phone" }).IsVisibleAsync())
            await phone.GetByRole(AriaRole.Button, new() { Name = "Show the phone" }).ClickAsync();

        await phone.GetByLabel("Number to call").FillAsync("+7 912 000-11-22");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Call" }).ClickAsync();

        await Assertions.Expect(Status(phone)).ToHaveTextAsync("On the call with +79120001122");
        await Assertions.Expect(State(page)).ToHaveTextAsync("Calling out");
        await Assertions.Expect(CallPopupTests.Popups(page).First).ToContainTextAsync("Sergey Orlov");
        await Screenshots.SaveAsync(page, "sandbox-phone-outgoing");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Hang up" }).ClickAsync();

        await Assertions.Expect(Status(phone)).ToHaveTextAsync("Call with +79120001122 ended");
        await Assertions.Expect(State(page)).ToContainTextAsync("Ended: Answered");
        var played = Assert.Single(_centre.Get<SandboxPbx>().Calls);
        var call = await JournalledAsync(played.PbxCallId, WebhookEventType.NotifyOutStart | WebhookEventType.NotifyOutEnd | WebhookEventType.NotifyRecord);
        Assert.Equal((CallDirection.Outgoing, "+79120001122", "100", CallDisposition.Answered),
            (call.Direction, call.ClientNumber, call.AnsweredBy, call.Disposition));
    }
}
