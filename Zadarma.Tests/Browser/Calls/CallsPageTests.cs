using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Demo;
using Zadarma.Core.Directory;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Calls;

/// <summary>
/// What needs a real circuit and a real layout: calls pushed into open lists, the filters' accessible names as a screen
/// reader gets them, and the filters and list fitting a laptop and a phone in every language.
/// </summary>
public sealed class CallsPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        var admin = await _app.CreateUserAsync("admin", Role.Admin);
        await _app.CreateUserAsync("boss", Role.Supervisor);
        await _app.Get<DemoData>().LoadAsync(admin.Id);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>A supervisor's tab on the Calls page, from a browser that asks for <paramref name="language"/>.</summary>
    private async Task<IPage> OpenCallsAsync(string language, int width = 1366, int height = 860)
    {
        var page = await browser.NewPageAsync(_app, language, width, height);
        await page.SignInAsync("boss", to: "calls");
        return page;
    }

    private static ILocator Rows(IPage page) => page.Locator(".calls-grid tbody tr", new() { Has = page.Locator("a.call-time") });

    [Fact]
    public async Task The_calls_arrive_with_the_page_and_stay_on_screen_while_the_circuit_starts()
    {
        await _app.Get<SandboxCalls>().SimulateIncomingAsync("79120001122", [101], IncomingCallOutcome.Answered, TimeSpan.Zero);
        var page = await browser.NewPageAsync(_app);
        // Watches the list from the first byte of the page: whether the rows came with it, and whether they ever go again.
        await page.AddInitScriptAsync("""
            window.callRows = { inPage: false, seen: false, gone: 0 };
            const shown = () => document.querySelectorAll('.calls-grid tbody tr a.call-time').length > 0;
            // Parsed, before the circuit can have rendered anything: what the server sent.
            document.addEventListener('DOMContentLoaded', () => window.callRows.inPage = shown());
            new MutationObserver(() => {
              if (shown()) window.callRows.seen = true;
              else if (window.callRows.seen) window.callRows.gone++;
            }).observe(document, { childList: true, subtree: true });
            """);

        await page.SignInAsync("boss", to: "calls");
        await Assertions.Expect(Rows(page)).ToHaveCountAsync(1);

        var watched = await page.EvaluateAsync<RowsWatched>("window.callRows");
        Assert.True(watched.InPage, "the rows came with the prerendered page");
        Assert.Equal(0, watched.Gone);
    }

    private sealed class RowsWatched
    {
        public bool InPage { get; set; }
        public bool Seen { get; set; }
        public int Gone { get; set; }
    }

    [Fact]
    public async Task A_new_call_and_a_note_show_up_in_an_open_calls_list_and_client_history_without_a_reload()
    {
        var dmitry = (await _app.Get<ClientStore>().SearchAsync("Dmitry Volkov", 1)).Single();
        await _app.Get<SandboxCalls>().SimulateIncomingAsync("79120001122", [101], IncomingCallOutcome.Answered, TimeSpan.Zero);
        var list = await OpenCallsAsync("en");
        await Assertions.Expect(Rows(list)).ToHaveCountAsync(1);
        var history = await browser.NewPageAsync(_app);
        await history.SignInAsync("boss", to: $"clients/{dmitry.Id}");
        await Assertions.Expect(Rows(history)).ToHaveCountAsync(0);

        var pbxCallId = await _app.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Answered, TimeSpan.Zero);

        await Assertions.Expect(Rows(list)).ToHaveCountAsync(2);
        await Assertions.Expect(Rows(list).First).ToContainTextAsync("Dmitry Volkov");
        await Assertions.Expect(Rows(list).First).ToContainTextAsync("Answered by Olga Petrova");
        await Assertions.Expect(Rows(history)).ToHaveCountAsync(1);

        // The note written in the call's popup.
        var call = await _app.Get<CallJournal>().FindAsync(pbxCallId);
        await _app.Get<CallEdits>().SaveNoteAsync(call!.Id, "Wants a quote by Friday");

        var note = Rows(list).First.GetByRole(AriaRole.Button, new() { Name = "Note: Wants a quote by Friday" });
        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByRole(AriaRole.Button, new() { Name = "Note: Wants a quote by Friday" })).ToBeVisibleAsync();
        await note.HoverAsync();
        await Assertions.Expect(list.GetByText("Wants a quote by Friday", new() { Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(list, "calls-live-note");

        // A filter that leaves the next call out: the list stays, a chip says it came.
        await list.GetByRole(AriaRole.Combobox, new() { Name = "Result" }).ClickAsync();
        await list.GetByRole(AriaRole.Option, new() { Name = "Busy", Exact = true }).ClickAsync();
        await Assertions.Expect(Rows(list)).ToHaveCountAsync(0);
        await _app.Get<SandboxCalls>().SimulateIncomingAsync("48601234567", [102], IncomingCallOutcome.Answered, TimeSpan.Zero);
        var hidden = list.GetByText("New calls outside the filters: 1");
        await Assertions.Expect(hidden).ToBeVisibleAsync();
        await Screenshots.SaveAsync(list, "calls-live-hidden-chip");
        await hidden.ClickAsync();
        await Assertions.Expect(Rows(list)).ToHaveCountAsync(3);
        await Assertions.Expect(Rows(list).First).ToContainTextAsync("Marta Nowak");
        await Assertions.Expect(history.Locator(".calls-news")).ToBeHiddenAsync();
    }

    /// <summary>What a screen reader should read for the Calls filters in one language.</summary>
    public sealed record FilterNames(
        string Language, string Search, string Period, string Direction, string Result, string Employee, string Client, string Number,
        string PeriodValue, string ResultValue);

    private static readonly FilterNames[] NamesInEveryLanguage =
    [
        new("en", "Search", "Period", "Direction", "Result", "Employee", "Client", "Number", "Last 30 days", "All calls"),
        new("ru", "Поиск", "Период", "Направление", "Результат", "Сотрудник", "Клиент", "Номер", "Последние 30 дней", "Все звонки"),
        new("pl", "Szukaj", "Okres", "Kierunek", "Wynik", "Pracownik", "Klient", "Numer", "Ostatnie 30 dni", "Wszystkie"),
    ];

    [Fact]
    public async Task Every_calls_filter_is_named_by_its_visible_label_in_every_language()
    {
        var page = await OpenCallsAsync("en");
        foreach (var names in NamesInEveryLanguage)
        {
            // The user menu's language switch, as the user would make it: the page comes back in that language.
            await page.OpenAsync($"account/culture?culture={names.Language}&returnUrl=%2Fcalls");
            await AssertFiltersNamedAsync(page, names);
        }
    }

    private static async Task AssertFiltersNamedAsync(IPage page, FilterNames names)
    {
        var filters = page.GetByRole(AriaRole.Search);
        foreach (var name in new[] { names.Period, names.Direction, names.Result, names.Employee, names.Client })
            await Assertions.Expect(filters.GetByRole(AriaRole.Combobox, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(filters.GetByRole(AriaRole.Textbox, new() { Name = names.Number, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(filters.GetByRole(AriaRole.Searchbox, new() { Name = names.Search, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(filters.GetByRole(AriaRole.Combobox, new() { Name = names.Period, Exact = true })).ToHaveValueAsync(names.PeriodValue);
        await Assertions.Expect(filters.GetByRole(AriaRole.Combobox, new() { Name = names.Result, Exact = true })).ToHaveValueAsync(names.ResultValue);

        // What a screen reader reads out: the labels and the chosen texts, never internal values.
        var snapshot = await filters.AriaSnapshotAsync();
        Assert.Contains($"combobox \"{names.Period}\"", snapshot);
        Assert.Contains(names.PeriodValue, snapshot);
        Assert.DoesNotContain("Last30Days", snapshot);
        Assert.DoesNotContain("{", snapshot);

        // The markup is the same in every language: axe looks at it once.
        if (names.Language == "en")
        {
            await filters.AssertNoSeriousViolationsAsync();
            await page.Locator(".calls-grid").AssertNoSeriousViolationsAsync();
        }

        await page.GetByRole(AriaRole.Combobox, new() { Name = names.Result, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(Enum.GetValues<CallOutcome>().Length);
        await Screenshots.SaveAsync(page, $"calls-filters-{names.Language}-result");
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("pl")]
    public async Task The_calls_filters_and_list_fit_a_laptop_and_a_phone_with_no_label_cut_off(string language)
    {
        await _app.Get<SandboxCalls>().SimulateIncomingAsync("48601234567", [102], IncomingCallOutcome.Answered, TimeSpan.Zero);
        await _app.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [100, 101], IncomingCallOutcome.Missed, TimeSpan.Zero);
        var page = await OpenCallsAsync(language, 1280, 860);
        await AssertCallsFitAsync(page, language, 1280);

        // The layout chooses the phone's arrangement as a page loads: the phone opens the list afresh.
        await page.SetViewportSizeAsync(390, 844);
        await page.OpenAsync("calls");
        await AssertCallsFitAsync(page, language, 390);
    }

    private static async Task AssertCallsFitAsync(IPage page, string language, int width)
    {
        await Assertions.Expect(Rows(page)).ToHaveCountAsync(2);
        var filters = page.GetByRole(AriaRole.Search);
        if (width < 600)
        {
            // On a phone the filters wait behind one button.
            await Assertions.Expect(filters).ToBeHiddenAsync();
            await page.Locator("button.call-filters-toggle").ClickAsync();
        }
        await Assertions.Expect(filters).ToBeVisibleAsync();
        await filters.GetByRole(AriaRole.Combobox).First.ClickAsync();
        await page.GetByRole(AriaRole.Option).Last.ClickAsync();
        await Assertions.Expect(filters.Locator(".filter-from")).ToBeVisibleAsync();

        var cut = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#call-filters .mud-input-control')].flatMap(control => {
                const box = control.getBoundingClientRect();
                const label = control.querySelector('label');
                const input = control.querySelector('input');
                const problems = [];
                if (label && (label.scrollWidth > label.clientWidth || label.getBoundingClientRect().right > box.right + 0.5))
                    problems.push('label ' + label.textContent);
                if (input && input.value && input.scrollWidth > input.clientWidth)
                    problems.push('value ' + input.value);
                if (input && !input.value && input.placeholder) {
                    const style = getComputedStyle(input);
                    const text = document.createElement('canvas').getContext('2d');
                    text.font = style.font;
                    if (text.measureText(input.placeholder).width > input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight))
                        problems.push('placeholder ' + input.placeholder);
                }
                return problems;
            })
            """);
        Assert.Empty(cut);
        await AssertNothingOffScreenAsync(page);
        var row = Rows(page).First;
        await Assertions.Expect(row.Locator("a.call-time")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator(".call-client")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator(".call-result")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, $"calls-{language}-{width}");

        await row.Locator("a.call-time").ClickAsync();
        await Assertions.Expect(page.Locator(".call-facts")).ToBeVisibleAsync();
        await AssertNothingOffScreenAsync(page);
        if (language == "ru")
        {
            await page.Locator(".call-facts").AssertNoSeriousViolationsAsync();
            await page.GetByRole(AriaRole.Region).AssertNoSeriousViolationsAsync();
        }
        await Screenshots.SaveAsync(page, $"call-page-{language}-{width}");
    }

    private static async Task AssertNothingOffScreenAsync(IPage page)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "The page scrolls sideways.");
        var overflowing = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.calls-grid')]
                .map(grid => [grid.querySelector('table').getBoundingClientRect().right, grid.getBoundingClientRect().right])
                .filter(([table, place]) => table > place + 1)
                .map(([table, place]) => `table ends at ${table} px, its place at ${place} px, window ${window.innerWidth} px`)
            """);
        Assert.True(overflowing.Length == 0, $"The list is wider than its place: {string.Join("; ", overflowing)}.");
    }
}
