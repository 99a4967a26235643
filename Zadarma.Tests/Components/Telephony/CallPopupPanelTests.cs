using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Blazor.Components.Telephony;
using Zadarma.Core.Notifications;

namespace Zadarma.Tests.Components.Telephony;

/// <summary>The column of popups in a tab: how they stack, shrink to a bar, go away and close themselves.</summary>
public sealed class CallPopupPanelTests : TelephonyTest
{
    private OpenCallPopups _popups = default!;

    private async Task<IRenderedComponent<CallPopupPanel>> RenderAsync()
    {
        await UseTelephonyAsync();
        await SignInAsync();
        _popups = Services.GetRequiredService<OpenCallPopups>();
        return Render<CallPopupPanel>();
    }

    private Task ShowAsync(IRenderedComponent<CallPopupPanel> panel, CallPopup popup) =>
        panel.InvokeAsync(() => _popups.Show(popup));

    private static IReadOnlyList<string> Shown(IRenderedComponent<CallPopupPanel> panel) =>
        panel.FindAll(".call-popup").Select(p => p.GetAttribute("data-call")!).ToList();

    [Fact]
    public async Task Nothing_is_shown_without_a_call()
    {
        UseCulture("en");
        var panel = await RenderAsync();

        Assert.Empty(panel.Markup.Trim());
    }

    [Fact]
    public async Task Calls_stack_newest_first_and_a_call_that_changes_keeps_its_place()
    {
        UseCulture("en");
        var panel = await RenderAsync();

        await ShowAsync(panel, Popup(1, clients: [Dmitry()]));
        await ShowAsync(panel, Popup(2, number: "+79120001122"));
        Assert.Equal(["in_2", "in_1"], Shown(panel));
        Assert.Equal("Calls in progress", panel.Find("section.call-popups").GetAttribute("aria-label"));

        await ShowAsync(panel, Popup(1, state: CallPopupState.Answered, clients: [Dmitry()], answeredBy: "Olga Petrova"));

        Assert.Equal(["in_2", "in_1"], Shown(panel));
        Assert.Equal("Talking: Olga Petrova", panel.FindAll(".call-popup-state")[1].TextContent);
    }

    [Fact]
    public async Task A_popup_shrinks_to_a_bar_that_still_says_who_and_how_and_comes_back_whole()
    {
        UseCulture("ru");
        var panel = await RenderAsync();
        await ShowAsync(panel, Popup(1, clients: [Dmitry()]));
        await ShowAsync(panel, Popup(2, number: "+79120001122"));

        await panel.FindAll(".call-popup-minimise")[1].ClickAsync(new());

        var bar = panel.FindAll(".call-popup")[1];
        Assert.Contains("minimised", bar.ClassName);
        Assert.Empty(bar.QuerySelectorAll(".call-popup-body"));
        Assert.Equal(("Входящий звонок", "Dmitry Volkov"), (bar.QuerySelector(".call-popup-state")!.TextContent, bar.QuerySelector(".call-popup-who")!.TextContent));
        Assert.Equal("Развернуть", bar.QuerySelector(".call-popup-minimise")!.GetAttribute("aria-label"));
        Assert.Single(panel.FindAll(".call-popup-body"));

        // The call goes on while minimised: the bar follows it.
        await ShowAsync(panel, Popup(1, state: CallPopupState.Answered, clients: [Dmitry()], answeredBy: "Olga Petrova"));
        Assert.Equal("Разговор: Olga Petrova", panel.FindAll(".call-popup")[1].QuerySelector(".call-popup-state")!.TextContent);
        Assert.Contains("minimised", panel.FindAll(".call-popup")[1].ClassName);

        await panel.FindAll(".call-popup-minimise")[1].ClickAsync(new());

        Assert.Equal(2, panel.FindAll(".call-popup-body").Count);
        Assert.Equal("Dmitry Volkov", panel.FindAll(".call-popup")[1].QuerySelector(".call-popup-client")!.TextContent);
    }

    [Fact]
    public async Task A_dismissed_popup_leaves_no_gap_and_stays_away_while_its_call_goes_on()
    {
        UseCulture("en");
        var panel = await RenderAsync();
        await ShowAsync(panel, Popup(1));
        await ShowAsync(panel, Popup(2));
        await ShowAsync(panel, Popup(3));

        await panel.FindAll(".call-popup-close")[1].ClickAsync(new());
        Assert.Equal(["in_3", "in_1"], Shown(panel));

        await ShowAsync(panel, Popup(2, state: CallPopupState.Ended));
        Assert.Equal(["in_3", "in_1"], Shown(panel));

        await panel.FindAll(".call-popup-close")[0].ClickAsync(new());
        await panel.FindAll(".call-popup-close")[0].ClickAsync(new());
        Assert.Empty(panel.FindAll("section"));
    }

    [Fact]
    public async Task An_ended_call_closes_itself_after_the_linger_time_but_waits_for_a_note_being_written()
    {
        PopupOptions.LingerAfterEnd = TimeSpan.FromMilliseconds(50);
        UseCulture("en");
        var panel = await RenderAsync();
        await ShowAsync(panel, Popup(99, state: CallPopupState.Ended));
        panel.WaitForAssertion(() => Assert.Empty(Shown(panel)));

        // The agent is in the note when the call ends: the popup waits for them.
        var call = await AddCallAsync(answeredBy: "100");
        await ShowAsync(panel, await PopupOfAsync(call.Id));
        await WriteNoteAsync(panel, "Call back on Monday");
        await ShowAsync(panel, await PopupOfAsync((await EndAsync(call.Id)).Id));
        await Task.Delay(PopupOptions.LingerAfterEnd * 6);
        Assert.Equal([call.PbxCallId], Shown(panel));

        // Done writing: the note is saved and the popup goes a linger time later.
        await panel.Find(".call-popup-note").TriggerEventAsync("onfocusout", new FocusEventArgs());
        panel.WaitForAssertion(() => Assert.Empty(Shown(panel)));
    }

    private async Task<Core.Calls.Call> EndAsync(int callId)
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        var call = db.Calls.Single(c => c.Id == callId);
        call.EndedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync();
        return call;
    }
}
