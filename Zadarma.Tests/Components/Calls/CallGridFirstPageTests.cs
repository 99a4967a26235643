using Bunit;
using Microsoft.AspNetCore.Components;
using Zadarma.Blazor.Components.Calls;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Paging;

namespace Zadarma.Tests.Components.Calls;

/// <summary>
/// The list's first page is on screen from the first paint: the prerendered page shows it and leaves it to the circuit,
/// which shows it without reading it again.
/// </summary>
public sealed class CallGridFirstPageTests : CallsTest
{
    [Fact]
    public async Task The_prerendered_list_shows_its_first_page_and_leaves_it_to_the_circuit()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Supervisor);
        var older = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-50), note: "Wants a callback");
        var newer = await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-30));
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));

        grid.WaitForAssertion(() => Assert.Equal([$"calls/{newer.Id}", $"calls/{older.Id}"], Links(grid)));
        PageState.TriggerOnPersisting();
        Assert.True(PageState.TryTake<Page<CallRow>>(CallGrid.FirstPageKey(null), out var handed));
        Assert.Equal(2, handed!.Total);
        Assert.Equal([newer.Id, older.Id], handed.Items.Select(c => c.Id));
        Assert.Equal("Wants a callback", handed.Items[1].Note);
        Assert.Equal("Dmitry Volkov", Assert.Single(handed.Items[1].Clients).Name);
    }

    [Fact]
    public async Task The_circuit_shows_the_page_the_prerender_left_without_reading_the_journal_again()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Supervisor);
        var stored = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-50));
        // A row the journal does not hold: only the handed-over page can have put it on screen.
        var prerendered = new CallRow(9_001, "in_prerendered", CallDirection.Incoming, Now.AddMinutes(-5), "+48601234567", false,
            [new CallClient(Marta, "Marta Nowak", new CallParty(Ivan, "Ivan Sokolov"))], [new CallParty(Ivan, "Ivan Sokolov")], ["100"],
            "100", new CallParty(Ivan, "Ivan Sokolov"), CallDisposition.Answered, "answered", 200, 4, 61, true, false, [], null);
        PageState.Persist(CallGrid.FirstPageKey(null), new Page<CallRow>([prerendered], 1));

        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));

        grid.WaitForAssertion(() => Assert.Equal(["calls/9001"], Links(grid)));
        Assert.Contains("Marta Nowak", Rows(grid)[0].TextContent);
        // The grid has asked for its rows by now; what it asks for next is read from the journal.
        await grid.Find(".filter-search input").InputAsync(new() { Value = "Volkov" });
        grid.WaitForAssertion(() => Assert.Equal([$"calls/{stored.Id}"], Links(grid)));
    }

    [Fact]
    public async Task A_clients_calls_are_handed_over_under_the_clients_own_key()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Supervisor);
        var dmitrys = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddDays(-400));
        await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-30));
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var grid = Render<CallGrid>(p => p.Add(g => g.ClientId, Dmitry));

        grid.WaitForAssertion(() => Assert.Equal([$"calls/{dmitrys.Id}"], Links(grid)));
        PageState.TriggerOnPersisting();
        Assert.False(PageState.TryTake<Page<CallRow>>(CallGrid.FirstPageKey(null), out _));
        Assert.True(PageState.TryTake<Page<CallRow>>(CallGrid.FirstPageKey(Dmitry), out var handed));
        Assert.Equal(dmitrys.Id, Assert.Single(handed!.Items).Id);
    }
}
