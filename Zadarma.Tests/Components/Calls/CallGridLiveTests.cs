using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Calls;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;

namespace Zadarma.Tests.Components.Calls;

/// <summary>
/// An open Calls list follows the journal without a reload, and without moving what the user is looking at: new calls
/// come in at the top of the first page, elsewhere a chip says so; calls on the page change where they are.
/// </summary>
public sealed class CallGridLiveTests : CallsTest
{
    private async Task<IRenderedComponent<CallGrid>> OpenAsync(int expectedRows, int? clientId = null)
    {
        Render<MudPopoverProvider>();
        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, clientId is null).Add(g => g.ClientId, clientId));
        grid.WaitForAssertion(() => Assert.Equal(expectedRows, Rows(grid).Count));
        await Task.CompletedTask;
        return grid;
    }

    [Fact]
    public async Task A_new_call_comes_in_at_the_top_of_the_first_page_in_the_users_language()
    {
        await UseCallsAsync();
        UseCulture("ru");
        await SignInAsync(Role.Supervisor);
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-50), answeredBy: "100", answeredByEmployee: Olga);
        var grid = await OpenAsync(1);

        // Announced from the journal's thread, whose culture is invariant: the row is still in Russian.
        var missed = await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-1));
        await AnnounceAsync(missed);

        grid.WaitForAssertion(() => Assert.Equal([$"calls/{missed.Id}"], Links(grid).Take(1)));
        var row = Rows(grid)[0];
        Assert.Contains("Перезвонить: Ivan Sokolov", row.TextContent);
        Assert.Contains("Нет ответа", row.TextContent);
        Assert.Contains("call-missed", row.ClassName);
        Assert.Empty(grid.FindAll(".calls-new"));
    }

    [Fact]
    public async Task On_a_later_page_a_chip_counts_the_new_calls_and_takes_the_user_to_them()
    {
        await UseCallsAsync();
        UseCulture("pl");
        await SignInAsync(Role.Supervisor);
        for (var i = 0; i < 25; i++)
            await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddHours(-i - 1), answeredBy: "100", answeredByEmployee: Olga);
        var grid = await OpenAsync(20);
        var mudGrid = grid.FindComponent<MudDataGrid<CallRow>>();
        await grid.InvokeAsync(() => mudGrid.Instance.NavigateTo(MudBlazor.Page.Next));
        grid.WaitForAssertion(() => Assert.Equal(5, Rows(grid).Count));
        var secondPage = Links(grid);

        var first = await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-2));
        var second = await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-1));
        await AnnounceAsync(first);
        await AnnounceAsync(second);
        await AnnounceAsync(second);

        grid.WaitForAssertion(() => Assert.Equal("Nowe połączenia: 2", grid.Find(".calls-new").TextContent.Trim()));
        Assert.Equal(secondPage, Links(grid));

        await grid.Find(".calls-new").ClickAsync(new());

        grid.WaitForAssertion(() => Assert.Equal([$"calls/{second.Id}", $"calls/{first.Id}"], Links(grid).Take(2)));
        Assert.Empty(grid.FindAll(".calls-new"));
    }

    [Fact]
    public async Task In_a_list_sorted_otherwise_a_new_call_waits_behind_the_chip_which_sorts_newest_first()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Supervisor);
        var longest = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddHours(-2), answeredBy: "100", answeredByEmployee: Olga);
        await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddHours(-1));
        var grid = await OpenAsync(2);
        // Talk time, longest first: a click on the header sorts up, a second one down.
        var talk = grid.FindAll(".calls-grid thead th").Single(h => h.TextContent.Contains("Talk")).QuerySelector(".sortable-column-header")!;
        await talk.ClickAsync(new());
        await grid.FindAll(".calls-grid thead th").Single(h => h.TextContent.Contains("Talk")).QuerySelector(".sortable-column-header")!.ClickAsync(new());
        grid.WaitForAssertion(() => Assert.Equal($"calls/{longest.Id}", Links(grid)[0]));
        var sorted = Links(grid);

        var fresh = await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-1));
        await AnnounceAsync(fresh);

        grid.WaitForAssertion(() => Assert.Equal("New calls: 1", grid.Find(".calls-new").TextContent.Trim()));
        Assert.Equal(sorted, Links(grid));
        await grid.Find(".calls-new").ClickAsync(new());
        grid.WaitForAssertion(() => Assert.Equal([$"calls/{fresh.Id}"], Links(grid).Take(1)));
        Assert.Equal(3, Rows(grid).Count);
    }

    [Fact]
    public async Task A_new_call_the_filters_exclude_shows_a_chip_that_clears_them()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Supervisor);
        await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-50), disposition: CallDisposition.Busy);
        var popovers = Render<MudPopoverProvider>();
        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));
        grid.WaitForAssertion(() => Assert.Single(Rows(grid)));
        await ChooseAsync(grid, popovers, "filter-outcome", "Busy");
        grid.WaitForAssertion(() => Assert.Equal(CallOutcome.Busy, grid.FindComponent<CallFilters>().Instance.Filter.Outcome));

        var answered = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-1), answeredBy: "100", answeredByEmployee: Olga);
        await AnnounceAsync(answered);

        grid.WaitForAssertion(() => Assert.Equal("New calls outside the filters: 1", grid.Find(".calls-new-hidden").TextContent.Trim()));
        Assert.Single(Rows(grid));

        await grid.Find(".calls-new-hidden").ClickAsync(new());

        grid.WaitForAssertion(() => Assert.Equal([$"calls/{answered.Id}"], Links(grid).Take(1)));
        Assert.Equal(CallOutcome.All, grid.FindComponent<CallFilters>().Instance.Filter.Outcome);
        Assert.Equal("All calls", grid.Find(".filter-outcome input").GetAttribute("value"));
        Assert.Empty(grid.FindAll(".calls-new-hidden"));
    }

    [Fact]
    public async Task A_call_on_the_page_changes_in_place_without_reloading_the_page()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Agent, Olga);
        var call = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-50), answeredBy: "100", answeredByEmployee: Olga);
        var grid = await OpenAsync(1);

        // A call the journal holds but never announced: a reload would show it.
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-1));
        await Services.GetRequiredService<CallEdits>().SaveNoteAsync(call.Id, "Wants a quote by Friday");

        grid.WaitForAssertion(() => Assert.Equal("Note: Wants a quote by Friday", grid.Find(".call-note-icon").GetAttribute("aria-label")));
        Assert.Equal([$"calls/{call.Id}"], Links(grid));
    }

    [Fact]
    public async Task Calls_that_are_not_the_viewers_change_nothing()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Agent, Ivan);
        await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-50));
        var grid = await OpenAsync(1);

        var olgas = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-1));
        await AnnounceAsync(olgas);
        // Ivan's own call after it, announced: once it shows, Olga's has been dealt with too.
        var ivans = await AddIncomingAsync(Marta, Ivan, "+48601234567", Now);
        await AnnounceAsync(ivans);

        grid.WaitForAssertion(() => Assert.Equal([$"calls/{ivans.Id}"], Links(grid).Take(1)));
        Assert.Equal(2, Rows(grid).Count);
        Assert.Empty(grid.FindAll(".calls-new, .calls-new-hidden"));
    }

    [Fact]
    public async Task A_clients_call_history_follows_that_clients_calls_with_their_notes()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Supervisor);
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddDays(-90), answeredBy: "100", answeredByEmployee: Olga, note: "Asked for the price list");
        await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-50));
        var history = await OpenAsync(1, clientId: Dmitry);
        Assert.Empty(history.FindAll(".call-filters"));
        Assert.Equal("Note: Asked for the price list", history.Find(".call-note-icon").GetAttribute("aria-label"));

        var martas = await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-2));
        await AnnounceAsync(martas);
        var dmitrys = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-1));
        await AnnounceAsync(dmitrys);

        history.WaitForAssertion(() => Assert.Equal([$"calls/{dmitrys.Id}"], Links(history).Take(1)));
        Assert.Equal(2, Rows(history).Count);
        Assert.All(Rows(history), r => Assert.Contains("Dmitry Volkov", r.TextContent));
    }

    [Fact]
    public async Task A_closed_list_stops_listening()
    {
        await UseCallsAsync();
        await SignInAsync(Role.Supervisor);
        var grid = await OpenAsync(0);
        Assert.Equal(1, Events.Listeners);

        await DisposeComponentsAsync();

        Assert.Equal(0, Events.Listeners);
        await AnnounceAsync(await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now));
    }
}
