using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Telephony;
using Zadarma.Blazor.Time;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Notifications;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Components.Telephony;

/// <summary>The popup of one call, in each state it goes through and for each kind of caller.</summary>
public sealed class CallPopupCardTests : TelephonyTest
{
    /// <summary>The services, Olga signed in, and her time zone.</summary>
    private async Task StartAsync()
    {
        await UseTelephonyAsync();
        await SignInAsync();
        Services.GetRequiredService<UserTime>().Use("Europe/Warsaw", 0);
    }

    private IRenderedComponent<CallPopupCard> Show(CallPopup popup, Action<bool>? minimised = null) =>
        Render<CallPopupCard>(p => p
            .Add(c => c.Popup, popup)
            .Add(c => c.MinimisedChanged, m => minimised?.Invoke(m)));

    private async Task<IRenderedComponent<CallPopupCard>> RenderAsync(CallPopup popup, Action<bool>? minimised = null)
    {
        await StartAsync();
        return Show(popup, minimised);
    }

    /// <summary>The popup of a call in the journal, as the notifier sends it.</summary>
    private async Task<IRenderedComponent<CallPopupCard>> ShowAsync(Call call) => Show(await PopupOfAsync(call.Id));

    private static string State(IRenderedComponent<CallPopupCard> card) => card.Find(".call-popup-state").TextContent;

    [Fact]
    public async Task A_known_client_ringing_in_shows_who_calls_their_company_and_manager_in_the_agents_language()
    {
        UseCulture("ru");
        var card = await RenderAsync(Popup(clients: [Dmitry(7)]));

        Assert.Equal("Входящий звонок", State(card));
        Assert.Contains("state-ringing", card.Find(".call-popup").ClassName);
        Assert.Equal("8\u00A0(999)\u00A0123-45-67", card.Find(".call-popup-number .phone-text").TextContent);
        var client = card.Find("a.call-popup-client");
        Assert.Equal(("Dmitry Volkov", "clients/7", "Открыть клиента Dmitry Volkov"),
            (client.TextContent, client.GetAttribute("href"), client.GetAttribute("aria-label")));
        Assert.Equal("Acme Ltd", card.Find(".call-popup-company").TextContent);
        Assert.Equal("Ответственный: Olga Petrova", card.Find(".call-popup-manager").TextContent);
        // 09:30 UTC is 10:30 in Warsaw in March.
        Assert.Equal("10:30", card.Find(".call-popup-time").TextContent);
        Assert.Equal("Входящий звонок: Dmitry Volkov", card.Find(".call-popup").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_client_without_a_manager_says_so()
    {
        UseCulture("pl");
        var card = await RenderAsync(Popup(clients: [Dmitry(manager: null)]));

        Assert.Equal("Opiekun: Brak opiekuna", card.Find(".call-popup-manager").TextContent);
    }

    [Fact]
    public async Task An_outgoing_call_being_dialled_says_so()
    {
        UseCulture("en");
        var card = await RenderAsync(Popup(direction: CallDirection.Outgoing, clients: [Dmitry()]));

        Assert.Equal("Calling out", State(card));
    }

    [Fact]
    public async Task An_answered_call_says_who_is_talking()
    {
        UseCulture("pl");
        var card = await RenderAsync(Popup(state: CallPopupState.Answered, clients: [Dmitry()], answeredBy: "Ivan Sokolov"));

        Assert.Equal("Rozmowa: Ivan Sokolov", State(card));
        Assert.Contains("state-answered", card.Find(".call-popup").ClassName);
    }

    [Fact]
    public async Task An_ended_call_says_how_it_ended_and_how_long_it_lasted()
    {
        UseCulture("ru");
        var card = await RenderAsync(Popup(state: CallPopupState.Ended, clients: [Dmitry()], disposition: CallDisposition.Answered, talkSeconds: 125));

        Assert.Equal("Завершён: Отвечен, 2:05", State(card));
        Assert.Contains("state-ended", card.Find(".call-popup").ClassName);
    }

    [Fact]
    public async Task A_hidden_number_is_said_so()
    {
        UseCulture("en");
        var card = await RenderAsync(Popup(number: "0", anonymous: true));

        Assert.Equal("Hidden number", card.Find(".call-popup-who").TextContent);
        Assert.Empty(card.FindAll(".call-popup-unknown"));
    }

    [Fact]
    public async Task An_unknown_caller_is_saved_as_a_client_from_the_form_and_the_call_is_linked_to_them()
    {
        UseCulture("pl");
        await StartAsync();
        var call = await AddCallAsync("+79035550101");
        var card = await ShowAsync(call);
        Assert.Equal("Nieznany numer.", card.Find(".call-popup-unknown").TextContent);
        var client = await Db.AddClientAsync("Elena Smirnova", null, "+79035550101");
        var dialogs = (DialogService)Services.GetRequiredService<IDialogService>();
        IDialogReference? form = null;
        dialogs.DialogInstanceAddedAsync += reference =>
        {
            form = reference;
            reference.RenderCompleteTaskCompletionSource.TrySetResult(true);
            return Task.CompletedTask;
        };

        var creating = card.Find(".call-popup-create").ClickAsync(new());
        Assert.Equal("Utwórz klienta", card.Find(".call-popup-create").TextContent.Trim());
        card.WaitForState(() => form is not null);
        // What the form does when it saves: the dialog ends with the new client.
        form!.Dismiss(DialogResult.Ok(client));
        await creating;

        await Eventually.HoldsAsync(async () => (await LoadCallAsync(call.Id)).ClientIds.SequenceEqual([client]), "the call is linked");
    }

    [Fact]
    public async Task Several_clients_with_the_number_are_offered_with_their_managers_and_the_one_picked_is_linked()
    {
        UseCulture("ru");
        await StartAsync();
        var dmitry = await Db.AddClientAsync("Dmitry Volkov", Olga, DmitryNumber);
        var acme = await Db.AddClientAsync("Acme accounting", Ivan, "+7 999 123 45 67");
        var call = await AddCallAsync(clients: [dmitry, acme]);
        var card = await ShowAsync(call);

        Assert.Equal("Этот номер есть у нескольких клиентов. Кто звонит?", card.Find(".call-popup-choose").TextContent);
        var choices = card.FindAll(".call-popup-choice");
        Assert.Equal(2, choices.Count);
        var acmeChoice = choices.Single(c => c.TextContent.Contains("Acme accounting"));
        Assert.Contains("Ответственный: Ivan Sokolov", acmeChoice.TextContent);
        var pick = acmeChoice.QuerySelector("button")!;
        Assert.Equal(("Этот", "Этот: Acme accounting"), (pick.TextContent.Trim(), pick.GetAttribute("aria-label")));

        await pick.ClickAsync(new());

        var linked = await LoadCallAsync(call.Id);
        Assert.Equal([acme], linked.ClientIds);
        Assert.Contains(Ivan, linked.EmployeeIds);
    }

    [Fact]
    public async Task Earlier_calls_show_when_they_were_in_the_agents_zone_and_format_and_how_they_went()
    {
        var start = new DateTime(2026, 3, 12, 9, 30, 0, DateTimeKind.Utc);
        UseCulture("pl");
        var card = await RenderAsync(Popup(clients: [Dmitry()], recent:
        [
            new PastCall(41, start.AddDays(-1), CallDirection.Incoming, CallDisposition.Answered, true, "Ivan Sokolov"),
            new PastCall(40, start.AddDays(-2), CallDirection.Incoming, CallDisposition.NoAnswer, false, null),
            new PastCall(39, start.AddDays(-3), CallDirection.Outgoing, CallDisposition.Answered, true, "101"),
        ]));

        Assert.Equal("Wcześniejsze połączenia", card.Find(".call-popup-label").TextContent);
        var past = card.FindAll(".call-popup-past");
        Assert.Equal(3, past.Count);
        Assert.Equal(("11.03.2026 10:30", "calls/41"), (past[0].QuerySelector("a")!.TextContent, past[0].QuerySelector("a")!.GetAttribute("href")));
        Assert.Contains("Odebrał(a): Ivan Sokolov", past[0].TextContent);
        Assert.Contains("Brak odpowiedzi", past[1].QuerySelector(".past-missed")!.TextContent);
        Assert.Equal("Wychodzące", past[2].QuerySelector("[role=img]")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_note_is_saved_with_its_button_and_the_agent_sees_it_was()
    {
        UseCulture("en");
        await StartAsync();
        var call = await AddCallAsync();
        var card = await ShowAsync(call);
        var save = card.Find("button.call-popup-save-note");
        Assert.Equal("Save note", save.GetAttribute("aria-label"));
        Assert.True(save.HasAttribute("disabled"));

        await WriteNoteAsync(card, "Wants a quote for 20 seats");
        await card.Find("button.call-popup-save-note").ClickAsync(new());

        Assert.Equal("Wants a quote for 20 seats", (await LoadCallAsync(call.Id)).Note);
        card.WaitForAssertion(() => Assert.Contains("Note saved", card.Find(".call-popup-note").TextContent));
    }

    [Fact]
    public async Task A_note_is_saved_when_the_agent_leaves_it()
    {
        UseCulture("en");
        await StartAsync();
        var call = await AddCallAsync();
        var card = await ShowAsync(call);

        await WriteNoteAsync(card, "Call back on Monday");
        await card.Find(".call-popup-note").TriggerEventAsync("onfocusout", new Microsoft.AspNetCore.Components.Web.FocusEventArgs());

        Assert.Equal("Call back on Monday", (await LoadCallAsync(call.Id)).Note);
    }

    [Fact]
    public async Task A_link_that_fails_is_a_notice_in_the_agents_language_and_the_popup_keeps_working()
    {
        UseCulture("ru");
        await StartAsync();
        var snackbars = Render<MudSnackbarProvider>();
        var dmitry = await Db.AddClientAsync("Dmitry Volkov", Olga, DmitryNumber);
        var acme = await Db.AddClientAsync("Acme accounting", null, DmitryNumber);
        var call = await AddCallAsync(clients: [dmitry, acme]);
        var card = await ShowAsync(call);
        // The call is gone from the journal before the agent picks the client.
        await using (var db = await Db.Factory.CreateDbContextAsync())
            await db.Calls.Where(c => c.Id == call.Id).ExecuteDeleteAsync();

        await card.FindAll(".call-popup-choice button")[0].ClickAsync(new());

        snackbars.WaitForAssertion(() => Assert.Contains("Клиент не привязан к звонку", snackbars.Markup));
        Assert.Contains("Произошла непредвиденная ошибка", snackbars.Markup);
        Assert.Equal(2, card.FindAll(".call-popup-choice").Count);
    }

    [Fact]
    public async Task Long_names_keep_their_whole_text_on_hover()
    {
        const string name = "Konstantin Konstantinopolsky-Rimsky-Korsakov of the Northern Trading Company";
        const string company = "Obshchestvo s ogranichennoy otvetstvennostyu Severnaya Torgovaya Kompaniya";
        UseCulture("pl");
        var card = await RenderAsync(Popup(clients: [new PopupClient(3, name, company, "Anna Maria Kowalska-Wiśniewska-Zielińska")]));

        Assert.Equal(name, card.Find(".call-popup-client").GetAttribute("title"));
        Assert.Equal(company, card.Find(".call-popup-company").GetAttribute("title"));
        Assert.Equal("Opiekun: Anna Maria Kowalska-Wiśniewska-Zielińska", card.Find(".call-popup-manager").GetAttribute("title"));

        card.Render(p => p.Add(c => c.Minimised, true));
        Assert.Equal(name, card.Find(".call-popup-who").GetAttribute("title"));
    }

    [Theory]
    [InlineData("en", "Minimise", "Expand", "Close", "Save note", "Note on this call")]
    [InlineData("ru", "Свернуть", "Развернуть", "Закрыть", "Сохранить заметку", "Заметка к звонку")]
    [InlineData("pl", "Zwiń", "Rozwiń", "Zamknij", "Zapisz notatkę", "Notatka do połączenia")]
    public async Task Every_button_and_the_note_have_a_name_in_the_agents_language(
        string culture, string minimise, string restore, string close, string saveNote, string note)
    {
        bool? asked = null;
        UseCulture(culture);
        var card = await RenderAsync(Popup(clients: [Dmitry()]), m => asked = m);

        Assert.Equal(minimise, card.Find(".call-popup-minimise").GetAttribute("aria-label"));
        Assert.Equal("true", card.Find(".call-popup-minimise").GetAttribute("aria-expanded"));
        Assert.Equal(close, card.Find(".call-popup-close").GetAttribute("aria-label"));
        Assert.Equal(saveNote, card.Find(".call-popup-save-note").GetAttribute("aria-label"));
        var textarea = card.Find(".call-popup-note textarea");
        Assert.Equal(note, card.Find($"label[for='{textarea.Id}']").TextContent);
        await card.Find(".call-popup-minimise").ClickAsync(new());
        Assert.True(asked);

        card.Render(p => p.Add(c => c.Minimised, true));
        Assert.Equal(restore, card.Find(".call-popup-minimise").GetAttribute("aria-label"));
        Assert.Equal("false", card.Find(".call-popup-minimise").GetAttribute("aria-expanded"));
    }

    private async Task<Call> LoadCallAsync(int id)
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        return await db.Calls.AsNoTracking().SingleAsync(c => c.Id == id);
    }
}
