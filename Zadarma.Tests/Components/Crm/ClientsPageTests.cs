using Bunit;
using Zadarma.Blazor.Components.Crm;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Paging;

namespace Zadarma.Tests.Components.Crm;

public sealed class ClientsPageTests : CrmTest
{
    private const string LongName = "Общество с ограниченной ответственностью «Торговый дом Северо-Западного федерального округа»";
    private int _acme;

    /// <summary>The page over a few records; the test starts first (<see cref="CrmTest.StartAsync"/>), so its culture holds.</summary>
    private async Task<IRenderedComponent<ClientsPage>> OpenAsync()
    {
        var olga = await Employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        _acme = await Db.AddClientAsync("Acme Ltd", olga, "+7 999 123 45 67");
        await Db.AddClientAsync(LongName, null, "+7 912 000 11 22");
        await Db.AddCallAsync(new Call { PbxCallId = "in_1", ClientNumber = "+79991234567", ClientIds = [_acme], StartUtc = DateTime.UtcNow });
        var page = Render<ClientsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, Rows(page).Count));
        return page;
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<ClientsPage> page) =>
        page.FindAll(".clients-grid tbody tr.mud-table-row").Where(r => r.QuerySelector(".client-link") is not null).ToList();

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<ClientsPage> page, string name) =>
        Rows(page).Single(r => r.QuerySelector(".client-link")!.GetAttribute("title") == name);

    [Fact]
    public async Task Past_the_count_limit_the_pager_says_more_than_and_a_narrower_search_counts_again()
    {
        await StartAsync(Role.Agent, "pl");
        await using (var db = await Db.Factory.CreateDbContextAsync())
        {
            db.Clients.AddRange(Enumerable.Range(0, CountLimit.Rows + 1).Select(i => new Client
            {
                Name = $"Klient {i}", SearchText = Client.ToSearchText($"Klient {i}", null), CreatedUtc = DateTime.UtcNow,
            }));
            await db.SaveChangesAsync();
        }
        var page = Render<ClientsPage>();

        page.WaitForAssertion(() => Assert.Contains("1–20 z ponad 10\u00a0000", page.Find(".mud-table-pagination").TextContent));
        await page.Find("input").InputAsync(new() { Value = "klient 999" });
        page.WaitForAssertion(() => Assert.Contains("1–11 z 11", page.Find(".mud-table-pagination").TextContent));
    }

    [Fact]
    public async Task The_grid_shows_name_company_phones_manager_and_actions_in_the_users_language()
    {
        await StartAsync(Role.Agent, "ru");
        var page = await OpenAsync();

        var headers = page.FindAll(".clients-grid thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Имя", "Компания", "Телефоны", "Ответственный", "Действия"], headers);
        var acme = Row(page, "Acme Ltd");
        Assert.Equal("clients/" + _acme, acme.QuerySelector("a.client-link")!.GetAttribute("href"));
        Assert.Contains("Olga Petrova", acme.TextContent);
        Assert.Equal("+79991234567", acme.QuerySelector(".click-to-call")!.GetAttribute("data-number"));
        Assert.Equal("Строк на странице:", page.Find(".mud-table-pagination .mud-table-pagination-caption").TextContent.Trim());
    }

    [Fact]
    public async Task On_a_phone_the_grid_keeps_name_phones_and_actions()
    {
        await StartAsync(Role.Supervisor);
        var page = await OpenAsync();

        var hiddenOnPhones = Row(page, "Acme Ltd").QuerySelectorAll("td").Where(c => c.ClassList.Contains("mud-table-cell-hide")).Select(c => c.GetAttribute("data-label")).ToList();
        Assert.Equal(["Company", "Responsible manager"], hiddenOnPhones);
    }

    [Fact]
    public async Task A_long_name_is_cut_with_the_whole_of_it_on_hover()
    {
        await StartAsync(Role.Agent);
        var page = await OpenAsync();

        var link = Row(page, LongName).QuerySelector("a.client-link")!;
        Assert.Contains("crm-truncate", link.ClassList);
        Assert.Equal(LongName, link.TextContent.Trim());
    }

    [Fact]
    public async Task An_agent_edits_clients_but_has_no_delete()
    {
        await StartAsync(Role.Agent);
        var page = await OpenAsync();

        var actions = Row(page, "Acme Ltd").QuerySelector(".crm-actions")!.QuerySelectorAll("button");
        Assert.Equal(["Edit client Acme Ltd"], actions.Select(b => b.GetAttribute("aria-label")));
        Assert.Empty(page.FindAll(".client-delete"));
    }

    [Theory]
    [InlineData(Role.Supervisor)]
    [InlineData(Role.Admin)]
    public async Task Delete_is_the_last_action_in_the_danger_colour_for_supervisors_and_admins(Role role)
    {
        await StartAsync(role, "pl");
        var page = await OpenAsync();

        var actions = Row(page, "Acme Ltd").QuerySelector(".crm-actions")!.QuerySelectorAll("button").ToList();
        Assert.Equal(["Edytuj klienta Acme Ltd", "Usuń klienta Acme Ltd"], actions.Select(b => b.GetAttribute("aria-label")));
        Assert.Contains("mud-error-text", actions[^1].ClassList);
    }

    [Fact]
    public async Task The_confirmation_says_the_client_goes_and_its_calls_stay_and_cancel_keeps_it()
    {
        await StartAsync(Role.Supervisor);
        var page = await OpenAsync();

        Open(Row(page, "Acme Ltd").QuerySelector(".client-delete")!);

        DialogProvider.WaitForElement(".delete-client");
        DialogProvider.WaitForAssertion(() => Assert.Contains("(1)", DialogProvider.Find(".delete-client-stays").TextContent));
        Assert.Equal("Delete client Acme Ltd? This cannot be undone.", DialogProvider.Find(".delete-client-question").TextContent.Trim());
        Assert.Equal("Goes: the client's card with their phone numbers and notes.", DialogProvider.Find(".delete-client-goes").TextContent.Trim());
        Assert.Equal("Stays: the calls with this client in the journal (1), under the number they came from.", DialogProvider.Find(".delete-client-stays").TextContent.Trim());
        Assert.Contains("mud-button-filled-error", DialogProvider.Find(".delete-client-confirm").ClassList);

        await DialogProvider.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Cancel").ClickAsync(new());

        DialogProvider.WaitForAssertion(() => Assert.Empty(DialogProvider.FindAll(".delete-client")));
        Assert.NotNull(await Clients.GetAsync(_acme));
        Assert.Equal(2, Rows(page).Count);
    }

    [Fact]
    public async Task A_confirmed_delete_removes_the_client_from_the_grid_and_leaves_its_calls()
    {
        await StartAsync(Role.Supervisor);
        var page = await OpenAsync();
        var snackbars = Render<MudBlazor.MudSnackbarProvider>();
        Open(Row(page, "Acme Ltd").QuerySelector(".client-delete")!);

        await DialogProvider.WaitForElement(".delete-client-confirm").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Single(Rows(page)));
        Assert.Null(await Clients.GetAsync(_acme));
        Assert.Equal(1, (await new CallList(Db.Factory, Db.Settings).ListAsync(new CallQuery())).Total);
        snackbars.WaitForAssertion(() => Assert.Contains("Client Acme Ltd deleted.", snackbars.Markup));
    }

    [Fact]
    public async Task An_agent_who_reaches_the_confirmation_anyway_is_refused_and_the_client_stays()
    {
        await StartAsync(Role.Agent);
        var page = await OpenAsync();
        var snackbars = Render<MudBlazor.MudSnackbarProvider>();
        var acme = (await Clients.GetAsync(_acme))!;
        Task<bool> deleted = default!;
        await DialogProvider.InvokeAsync(() => { deleted = Dialogs.DeleteClientAsync(L, acme); });

        await DialogProvider.WaitForElement(".delete-client-confirm").ClickAsync(new());

        Assert.False(await deleted.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.NotNull(await Clients.GetAsync(_acme));
        snackbars.WaitForAssertion(() => Assert.Contains("Only supervisors and admins can delete clients.", snackbars.Markup));
        Assert.Equal(2, Rows(page).Count);
    }

    [Fact]
    public async Task Pages_come_from_the_database_twenty_at_a_time()
    {
        await StartAsync(Role.Agent, "pl");
        for (var i = 1; i <= 23; i++)
            await Db.AddClientAsync($"Client {i:D2}", null, $"+7 999 000 00 {i:D2}");

        var page = Render<ClientsPage>();

        page.WaitForAssertion(() => Assert.Equal(20, Rows(page).Count));
        Assert.Equal("1–20 z 23", page.Find(".mud-table-pagination-caption:last-of-type").TextContent.Trim());
        await page.Find("button[aria-label='Następna strona']").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal(["Client 21", "Client 22", "Client 23"], Rows(page).Select(r => r.QuerySelector(".client-link")!.TextContent.Trim())));
    }

    [Fact]
    public async Task Search_finds_a_client_by_another_spelling_of_the_number()
    {
        await StartAsync(Role.Agent);
        var page = await OpenAsync();

        page.Find(".clients-search input").Input("79991234567");

        page.WaitForAssertion(() => Assert.Equal(["Acme Ltd"], Rows(page).Select(r => r.QuerySelector(".client-link")!.TextContent.Trim())));
        page.Find(".clients-search input").Input("nobody");
        page.WaitForAssertion(() => Assert.Contains("No clients found.", page.Find(".clients-grid").TextContent));
    }

    [Fact]
    public async Task A_new_client_appears_in_the_grid_once_saved()
    {
        await StartAsync(Role.Agent);
        var page = await OpenAsync();

        Open(page.Find(".clients-new"));
        DialogProvider.WaitForElement(".client-form .client-name input").Change("Beta Sp. z o.o.");
        DialogProvider.Find(".client-form .phone-number-input input").Change("+48 601 234 567");
        await DialogProvider.Find(".client-form form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal(3, Rows(page).Count));
        Assert.Contains("+48\u00A0601\u00A0234\u00A0567", Row(page, "Beta Sp. z o.o.").TextContent);
    }
}
