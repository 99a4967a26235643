using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Telephony;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Notifications;
using Zadarma.Tests.Unit.Api;

namespace Zadarma.Tests.Components.Telephony;

/// <summary>The call-through-Zadarma button beside a number: each state it shows, in the agent's language.</summary>
public sealed class ClickToCallButtonTests : TelephonyTest
{
    private OpenCallPopups _popups = default!;
    private IRenderedComponent<MudSnackbarProvider> _snackbars = default!;

    private async Task<IRenderedComponent<ClickToCallButton>> RenderAsync(int? employee = null)
    {
        await UseTelephonyAsync();
        await SignInAsync(employee);
        _popups = Services.GetRequiredService<OpenCallPopups>();
        _snackbars = Render<MudSnackbarProvider>();
        return Render<ClickToCallButton>(p => p.Add(b => b.Number, DmitryNumber));
    }

    private static string State(IRenderedComponent<ClickToCallButton> button) => button.Find(".click-to-call").ClassName!.Split(' ')[1];

    private static string Label(IRenderedComponent<ClickToCallButton> button) => button.Find("button").GetAttribute("aria-label")!;

    private static string Chip(IRenderedComponent<ClickToCallButton> button) => button.Find(".click-to-call-status").TextContent.Trim();

    private Task HearAsync(IRenderedComponent<ClickToCallButton> button, CallPopup call) => button.InvokeAsync(() => _popups.Show(call));

    private static CallPopup Outgoing(int id, CallPopupState state, CallDisposition disposition = CallDisposition.None, string number = DmitryNumber) =>
        Popup(id, state, CallDirection.Outgoing, number, disposition: disposition, answeredBy: disposition == CallDisposition.Answered ? "100" : null);

    [Fact]
    public async Task At_rest_it_is_the_primary_action_named_after_the_number()
    {
        UseCulture("ru");
        var button = await RenderAsync();

        Assert.Equal("state-idle", State(button));
        Assert.Equal("Позвонить на 8 (999) 123-45-67 через Zadarma", Label(button));
        Assert.Contains("mud-button-filled-primary", button.Find("button").ClassName);
        Assert.Empty(Chip(button));
    }

    [Fact]
    public async Task It_shows_the_request_then_the_agents_phone_ringing_then_the_call_connected_and_is_ready_again_when_it_ends()
    {
        var reply = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        Zadarma = new ScriptedHandler((request, ct) => reply.Task);
        UseCulture("ru");
        var button = await RenderAsync();

        var click = button.Find("button").ClickAsync(new());
        button.WaitForAssertion(() => Assert.Equal("state-calling", State(button)));
        Assert.Equal("Начинаем звонок…", Chip(button));
        Assert.True(button.Find("button").HasAttribute("disabled"));

        reply.SetResult(await CallbackAccepted(new HttpRequestMessage(), CancellationToken.None));
        await click;
        Assert.Equal("state-ringing", State(button));
        Assert.Equal("Звонит ваш телефон", Chip(button));
        _snackbars.WaitForAssertion(() => Assert.Contains("Снимите трубку на номере 100: затем будет набран 8 (999) 123-45-67.", _snackbars.Markup));

        await HearAsync(button, Outgoing(5, CallPopupState.Ringing));
        Assert.Equal("state-connected", State(button));
        Assert.Equal("Соединено", Chip(button));
        Assert.True(button.Find("button").HasAttribute("disabled"));

        await HearAsync(button, Outgoing(5, CallPopupState.Ended, CallDisposition.Answered));
        Assert.Equal("state-idle", State(button));
        Assert.False(button.Find("button").HasAttribute("disabled"));
        Assert.Single(Zadarma.Sent);
    }

    [Fact]
    public async Task A_number_not_reached_is_a_failure_that_says_why()
    {
        UseCulture("pl");
        var button = await RenderAsync();
        await button.Find("button").ClickAsync(new());
        await HearAsync(button, Outgoing(5, CallPopupState.Ringing));

        await HearAsync(button, Outgoing(5, CallPopupState.Ended, CallDisposition.NoAnswer));

        Assert.Equal("state-failed", State(button));
        Assert.Equal("Nie udało się", Chip(button));
        Assert.Equal("Brak odpowiedzi", button.Find(".mud-chip").GetAttribute("title"));
        Assert.Equal("Zadzwoń ponownie pod 8 (999) 123-45-67 przez Zadarma (poprzednio: Brak odpowiedzi)", Label(button));
        Assert.False(button.Find("button").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_refusal_by_zadarma_is_a_failure_with_zadarmas_reason()
    {
        Zadarma = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"error","message":"Not enough money on the balance"}"""));
        UseCulture("en");
        var button = await RenderAsync();

        await button.Find("button").ClickAsync(new());

        Assert.Equal("state-failed", State(button));
        Assert.Equal("Failed", Chip(button));
        Assert.Contains("Not enough money on the balance", button.Find(".mud-chip").GetAttribute("title"));
        _snackbars.WaitForAssertion(() => Assert.Contains("The call was not started", _snackbars.Markup));
    }

    [Fact]
    public async Task An_agent_without_an_extension_is_told_so_and_nothing_is_dialled()
    {
        UseCulture("ru");
        var button = await RenderAsync(employee: null);
        await Db.Extensions.MapAsync("100", null);

        await button.Find("button").ClickAsync(new());

        Assert.Equal("state-failed", State(button));
        Assert.StartsWith("У вас нет внутреннего номера", button.Find(".mud-chip").GetAttribute("title"));
        Assert.Empty(Zadarma.Sent);
    }

    [Fact]
    public async Task Only_the_call_placed_for_the_click_is_followed()
    {
        UseCulture("en");
        var button = await RenderAsync();
        // A call to the same number the tab already knew of, and one to another number.
        await HearAsync(button, Outgoing(4, CallPopupState.Ringing));
        await button.Find("button").ClickAsync(new());

        await HearAsync(button, Outgoing(4, CallPopupState.Ended, CallDisposition.NoAnswer));
        await HearAsync(button, Outgoing(6, CallPopupState.Ringing, number: "+79120001122"));
        await HearAsync(button, Popup(7, CallPopupState.Ringing, CallDirection.Incoming, DmitryNumber));
        Assert.Equal("state-ringing", State(button));

        await HearAsync(button, Outgoing(8, CallPopupState.Ringing));
        Assert.Equal("state-connected", State(button));
    }

    [Fact]
    public async Task Without_news_of_the_call_the_button_is_ready_again_in_time()
    {
        PopupOptions.RingingWithoutNews = TimeSpan.FromMilliseconds(50);
        UseCulture("en");
        var button = await RenderAsync();

        await button.Find("button").ClickAsync(new());

        button.WaitForAssertion(() => Assert.Equal("state-idle", State(button)));
        Assert.Equal("Call 8 (999) 123-45-67 through Zadarma", Label(button));
    }
}
