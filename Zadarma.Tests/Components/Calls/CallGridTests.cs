using Bunit;
using Bunit.TestDoubles;
using MudBlazor;
using Zadarma.Blazor.Components.Calls;
using Zadarma.Blazor.Components.Recordings;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Paging;

namespace Zadarma.Tests.Components.Calls;

/// <summary>The Calls list: who sees which calls and columns, filters in the database, notes, times, and the live list.</summary>
public sealed class CallGridTests : CallsTest
{
    private static IReadOnlyList<string> Headers(IRenderedComponent<CallGrid> grid) =>
        grid.FindAll(".calls-grid thead th").Select(h => h.TextContent.Trim()).ToList();

    private static IReadOnlyList<string> SortableHeaders(IRenderedComponent<CallGrid> grid) =>
        grid.FindAll(".calls-grid thead th").Where(h => h.QuerySelector(".sortable-column-header") is not null).Select(h => h.TextContent.Trim()).ToList();

    private static Task SortByAsync(IRenderedComponent<CallGrid> grid, string header) =>
        grid.FindAll(".calls-grid thead th").Single(h => h.TextContent.Trim() == header).QuerySelector(".sortable-column-header")!.ClickAsync(new());

    [Fact]
    public async Task Every_column_sorts_from_its_header_by_what_it_shows_with_notes_and_recordings_first()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Supervisor);
        var marta = await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-50), answeredBy: "101", answeredByEmployee: Ivan);
        var noted = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-40), note: "Price list");
        var recorded = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-30), answeredBy: "100", answeredByEmployee: Olga, recorded: true);
        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));
        grid.WaitForAssertion(() => Assert.Equal(3, Rows(grid).Count));

        Assert.Equal(["Time", "Note", "Client", "Who", "Result", "Wait", "Talk", "Recordings"], SortableHeaders(grid));
        // Dmitry Volkov before Marta Nowak, each client's newest call first.
        await SortByAsync(grid, "Client");
        grid.WaitForAssertion(() => Assert.Equal(LinksOf(recorded, noted, marta), Links(grid)));
        // Answered by Ivan Sokolov; answered by Olga Petrova; missed, for Olga to call back.
        await SortByAsync(grid, "Who");
        grid.WaitForAssertion(() => Assert.Equal(LinksOf(marta, recorded, noted), Links(grid)));
        // The first click puts the calls with one first.
        await SortByAsync(grid, "Note");
        grid.WaitForAssertion(() => Assert.Equal(LinksOf(noted, recorded, marta), Links(grid)));
        await SortByAsync(grid, "Recordings");
        grid.WaitForAssertion(() => Assert.Equal(LinksOf(recorded, noted, marta), Links(grid)));

        static List<string> LinksOf(params Call[] calls) => calls.Select(c => $"calls/{c.Id}").ToList();
    }

    [Fact]
    public async Task The_search_box_finds_calls_by_client_name_or_note()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Supervisor);
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-50), note: "Asked for the invoice");
        await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-30));
        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));
        grid.WaitForAssertion(() => Assert.Equal(2, Rows(grid).Count));

        await grid.Find(".filter-search input").InputAsync(new() { Value = "nowak" });
        grid.WaitForAssertion(() => Assert.Contains("Marta Nowak", Assert.Single(Rows(grid)).TextContent));
        await grid.Find(".filter-search input").InputAsync(new() { Value = "INVOICE" });
        grid.WaitForAssertion(() => Assert.Contains("Dmitry Volkov", Assert.Single(Rows(grid)).TextContent));
        await grid.Find(".filter-search input").InputAsync(new() { Value = "nobody by this name" });
        grid.WaitForAssertion(() => Assert.Equal("No calls match.", grid.Find(".calls-empty").TextContent.Trim()));
    }

    [Fact]
    public async Task A_supervisor_sees_every_call_and_narrows_them_to_one_employees_missed_call_by_a_national_number()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Supervisor);
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-50));
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-40), answeredBy: "100", answeredByEmployee: Olga);
        await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-30));
        var popovers = Render<MudPopoverProvider>();
        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));

        grid.WaitForAssertion(() => Assert.Equal(3, Rows(grid).Count));
        Assert.Equal(2, grid.FindAll(".calls-grid tr.call-missed").Count);

        await ChooseAsync(grid, popovers, "filter-outcome", "Missed");
        grid.WaitForAssertion(() => Assert.Equal(2, Rows(grid).Count));
        // Typed the way people say it at home; the journal keeps it in E.164.
        await grid.Find(".filter-number input").InputAsync(new() { Value = "8 (999) 123-45-67" });
        grid.WaitForAssertion(() => Assert.Single(Rows(grid)));
        await ChooseAsync(grid, popovers, "filter-employee", "Ivan Sokolov");
        grid.WaitForAssertion(() => Assert.Empty(Rows(grid)));
        await ChooseAsync(grid, popovers, "filter-employee", "Olga Petrova");

        grid.WaitForAssertion(() =>
        {
            var row = Assert.Single(Rows(grid)).TextContent;
            Assert.Contains("Dmitry Volkov", row);
            Assert.Contains("Call back: Olga Petrova", row);
            Assert.Contains("No answer", row);
        });
    }

    [Fact]
    public async Task An_agent_sees_only_their_own_calls_and_no_employee_filter()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Agent, Ivan);
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-50));
        await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-30));
        Render<MudPopoverProvider>();
        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));

        grid.WaitForAssertion(() => Assert.Contains("Marta Nowak", Assert.Single(Rows(grid)).TextContent));
        Assert.Contains("Call back: Ivan Sokolov", Rows(grid)[0].TextContent);
        Assert.Empty(grid.FindAll(".filter-employee"));
    }

    [Theory]
    [InlineData("en", "1–20 of more than 10,000")]
    [InlineData("ru", "1–20 из более чем 10\u00a0000")]
    [InlineData("pl", "1–20 z ponad 10\u00a0000")]
    public async Task Past_the_count_limit_the_pager_says_more_than_in_the_users_language(string culture, string info)
    {
        await UseCallsAsync();
        UseCulture(culture);
        await SignInAsync(Role.Supervisor);
        await using (var db = await Db.Factory.CreateDbContextAsync())
        {
            db.Calls.AddRange(Enumerable.Range(0, CountLimit.Rows + 1).Select(i => new Call
            {
                PbxCallId = $"in_{i}", Direction = CallDirection.Incoming, Disposition = CallDisposition.Answered,
                StartUtc = Now.AddSeconds(-i), EndedUtc = Now.AddSeconds(-i + 30),
            }));
            await db.SaveChangesAsync();
        }
        Render<MudPopoverProvider>();
        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));

        grid.WaitForAssertion(() => Assert.Contains(info, grid.Find(".mud-table-pagination").TextContent));
    }

    [Fact]
    public async Task An_agent_with_no_employee_is_told_why_there_are_no_calls()
    {
        await UseCallsAsync();
        UseCulture("pl");
        await SignInAsync(Role.Agent);
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-50));

        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));

        grid.WaitForAssertion(() => Assert.Contains("nie jest powiązane z pracownikiem", grid.Find(".calls-not-linked").TextContent));
        Assert.Empty(grid.FindAll(".calls-grid"));
    }

    [Fact]
    public async Task A_supervisor_finds_a_clients_calls_by_typing_part_of_the_name()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Admin);
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-50), answeredBy: "100", answeredByEmployee: Olga);
        await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-30), disposition: CallDisposition.Busy);
        var popovers = Render<MudPopoverProvider>();
        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));
        grid.WaitForAssertion(() => Assert.Equal(2, Rows(grid).Count));

        await grid.Find(".filter-client input").InputAsync(new() { Value = "nowak" });
        var marta = popovers.WaitForElements(".mud-popover-open .mud-list-item").Single();
        Assert.Contains("Marta Nowak", marta.TextContent);
        await marta.ClickAsync(new());

        grid.WaitForAssertion(() => Assert.Contains("Marta Nowak", Assert.Single(Rows(grid)).TextContent));
        Assert.Contains("Busy", Rows(grid)[0].TextContent);
    }

    [Fact]
    public async Task Who_may_not_hear_recordings_gets_no_recordings_column()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Agent, Olga);
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-5), answeredBy: "100", answeredByEmployee: Olga, recorded: true);

        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));

        grid.WaitForAssertion(() => Assert.Single(Rows(grid)));
        Assert.DoesNotContain("Recordings", Headers(grid));
        Assert.Empty(grid.FindComponents<Stub<RecordingPlayer>>());
    }

    [Fact]
    public async Task An_agent_who_hears_their_own_calls_is_told_why_other_calls_have_no_player()
    {
        await UseCallsAsync();
        UseCulture("ru");
        await AllowAgentsToListenAsync();
        await SignInAsync(Role.Agent, Olga);
        var own = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-5), answeredBy: "100", answeredByEmployee: Olga, recorded: true);
        // Olga's client, answered by Ivan: it concerns her, its recording is not hers to hear.
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-4), answeredBy: "101", answeredByEmployee: Ivan, recorded: true);

        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));

        grid.WaitForAssertion(() => Assert.Equal(2, Rows(grid).Count));
        Assert.Contains(Headers(grid), h => h.StartsWith("Записи", StringComparison.Ordinal));
        // Sorted by recording, the order would tell which of the other calls were recorded.
        Assert.DoesNotContain(SortableHeaders(grid), h => h.StartsWith("Записи", StringComparison.Ordinal));
        Assert.Equal("Вы можете слушать записи только тех звонков, на которые ответили сами.",
            grid.Find(".calls-recordings-hint").GetAttribute("aria-label"));
        var player = Assert.Single(grid.FindComponents<Stub<RecordingPlayer>>());
        Assert.Equal(own.Id, player.Instance.Parameters.Get(p => p.CallId));
        Assert.True(player.Instance.Parameters.Get(p => p.Compact));
    }

    [Fact]
    public async Task A_supervisor_hears_every_recorded_call_in_the_list()
    {
        await UseCallsAsync();
        UseCulture("en");
        await SignInAsync(Role.Supervisor);
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-5), answeredBy: "100", answeredByEmployee: Olga, recorded: true);
        await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-4), answeredBy: "101", answeredByEmployee: Ivan, recorded: true);
        await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-3));

        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));

        grid.WaitForAssertion(() => Assert.Equal(3, Rows(grid).Count));
        Assert.Equal(2, grid.FindComponents<Stub<RecordingPlayer>>().Count);
        Assert.Empty(grid.FindAll(".calls-recordings-hint"));
    }

    [Fact]
    public async Task A_note_shows_as_an_icon_with_the_note_on_hover()
    {
        await UseCallsAsync();
        UseCulture("pl");
        await SignInAsync(Role.Supervisor);
        await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-5), answeredBy: "100", answeredByEmployee: Olga,
            note: "Chce ofertę do piątku");
        await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-3));

        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, true));

        grid.WaitForAssertion(() => Assert.Equal(2, Rows(grid).Count));
        var icon = Assert.Single(grid.FindAll(".call-note-icon"));
        Assert.Equal("Notatka: Chce ofertę do piątku", icon.GetAttribute("aria-label"));
        Assert.Equal("BUTTON", icon.TagName);
        var tooltip = grid.FindComponents<CallNote>().Single(n => n.Instance.Note is not null).FindComponent<MudTooltip>();
        Assert.True(tooltip.Instance.ShowOnHover);
        Assert.True(tooltip.Instance.ShowOnFocus);
        Assert.Contains("Dmitry Volkov", Rows(grid)[1].TextContent);
        Assert.NotNull(Rows(grid)[1].QuerySelector(".call-note-icon"));
    }

    [Fact]
    public async Task Times_are_in_the_users_zone_and_language_and_long_names_keep_their_whole_text_on_hover()
    {
        await UseCallsAsync();
        UseCulture("ru");
        UseTimeZone("Asia/Yekaterinburg");
        await SignInAsync(Role.Supervisor);
        var longName = await Db.AddClientAsync("Общество с ограниченной ответственностью «Уральские самоцветы и партнёры»", Olga, "+73432000000");
        await AddIncomingAsync(longName, Olga, "+73432000000", new DateTime(2026, 3, 9, 19, 30, 0, DateTimeKind.Utc));

        var grid = Render<CallGrid>(p => p.Add(g => g.ShowFilters, false));

        grid.WaitForAssertion(() => Assert.Single(Rows(grid)));
        // 19:30 UTC is half past midnight on the 10th in Yekaterinburg (UTC+5).
        var time = grid.Find("a.call-time");
        Assert.Equal("10.03.2026 00:30", time.TextContent);
        Assert.Equal("10 марта 2026, 00:30:00", time.GetAttribute("title"));
        Assert.Contains("Время", Headers(grid));
        Assert.DoesNotContain(Headers(grid), h => h.Contains("UTC", StringComparison.Ordinal));
        var client = grid.Find("a.call-client");
        Assert.Equal(client.TextContent, client.GetAttribute("title"));
        Assert.Contains("Уральские самоцветы", client.GetAttribute("title"));
    }
}
