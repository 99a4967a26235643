using Bunit;
using Zadarma.Blazor.Components.Crm;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Components.Crm;

public sealed class EmployeesPageTests : CrmTest
{
    private int _olga;
    private int _ivan;

    /// <summary>The page over a few employees; the test starts first (<see cref="CrmTest.StartAsync"/>), so its culture holds.</summary>
    private async Task<IRenderedComponent<EmployeesPage>> OpenAsync()
    {
        _olga = await Employees.SaveAsync(new EmployeeEdit { Name = "Ольга Петрова" });
        _ivan = await Employees.SaveAsync(new EmployeeEdit { Name = "Ivan Sokolov" });
        var lukasz = await Employees.SaveAsync(new EmployeeEdit { Name = "Łukasz Nowak" });
        await Employees.DeactivateAsync(lukasz, freeExtension: false);
        await Db.Extensions.MergeAsync([new FetchedExtension("100", "Reception"), new FetchedExtension("101", "Sales")]);
        await Db.Extensions.MapAsync("100", _olga);
        var user = await new UserAccounts(Db.Factory, Employees, QuickPasswordHasher.Create(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<UserAccounts>.Instance).CreateFirstAdminAsync("olga.p", "correct horse 1");
        Assert.True(await Employees.LinkUserAsync(user.Id, _olga));
        await Db.AddClientAsync("Acme Ltd", _olga, "+7 999 123 45 67");

        var page = Render<EmployeesPage>();
        page.WaitForAssertion(() => Assert.Equal(3, Rows(page).Count));
        return page;
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<EmployeesPage> page) =>
        page.FindAll(".employees-grid tbody tr.mud-table-row").Where(r => r.QuerySelector(".employee-name-cell") is not null).ToList();

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<EmployeesPage> page, string name) =>
        Rows(page).Single(r => r.QuerySelector(".employee-name-cell strong")!.TextContent == name);

    [Fact]
    public async Task The_grid_shows_extension_user_and_clients_and_deactivated_employees_greyed_with_a_chip()
    {
        await StartAsync(Role.Admin, "ru");
        var page = await OpenAsync();

        Assert.Equal(["Имя", "Внутренний номер", "Учётная запись", "Клиенты", "Действия"], page.FindAll(".employees-grid thead th").Select(h => h.TextContent.Trim()));
        var olga = Row(page, "Ольга Петрова");
        Assert.Equal(["Ольга Петрова", "100", "olga.p", "1"], olga.QuerySelectorAll("td").Take(4).Select(c => c.TextContent.Trim()));
        Assert.Empty(olga.QuerySelectorAll(".employee-deactivated-chip"));
        var lukasz = Row(page, "Łukasz Nowak");
        Assert.Contains("employee-deactivated", lukasz.ClassList);
        Assert.Equal("Деактивирован", lukasz.QuerySelector(".employee-deactivated-chip")!.TextContent.Trim());
        Assert.Equal(["Изменить сотрудника Łukasz Nowak", "Снова активировать сотрудника Łukasz Nowak"],
            lukasz.QuerySelectorAll(".crm-actions button").Select(b => b.GetAttribute("aria-label")));
        Assert.Equal(["Изменить сотрудника Ольга Петрова", "Деактивировать сотрудника Ольга Петрова"],
            olga.QuerySelectorAll(".crm-actions button").Select(b => b.GetAttribute("aria-label")));
        Assert.Empty(page.FindAll("[aria-label*='Удалить']"));
    }

    [Fact]
    public async Task The_deactivate_dialog_names_the_linked_user_and_keeps_the_extension_unless_told()
    {
        await StartAsync(Role.Admin);
        var page = await OpenAsync();

        Open(Row(page, "Ольга Петрова").QuerySelector(".employee-deactivate")!);

        DialogProvider.WaitForElement(".deactivate-employee");
        Assert.Equal("Deactivate Ольга Петрова?", DialogProvider.Find(".deactivate-question").TextContent.Trim());
        Assert.Contains("Their name stays on every call in the journal.", DialogProvider.Find(".deactivate-effects").TextContent);
        Assert.Contains("Their clients (1) keep them as responsible manager", DialogProvider.Find(".deactivate-clients").TextContent);
        var notice = DialogProvider.Find(".deactivate-user");
        Assert.Contains("The user account olga.p is linked to this employee. The account stays, stays linked and can still sign in", notice.TextContent);
        Assert.Contains("Free extension 100 for someone else", DialogProvider.Find(".free-extension").TextContent);
        Assert.False(DialogProvider.Find(".free-extension input").HasAttribute("checked"));
        Assert.Contains("Extension 100 stays theirs", DialogProvider.Find(".free-extension-help").TextContent);

        await DialogProvider.Find(".deactivate-confirm").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("employee-deactivated", Row(page, "Ольга Петрова").ClassList));
        var olga = (await Employees.GetAsync(_olga))!;
        Assert.Equal((false, "100", "olga.p"), (olga.IsActive, olga.Extension, olga.UserName));
    }

    [Fact]
    public async Task The_admin_may_free_the_extension_for_someone_else()
    {
        await StartAsync(Role.Admin, "pl");
        var page = await OpenAsync();
        var snackbars = Render<MudBlazor.MudSnackbarProvider>();
        Open(Row(page, "Ольга Петрова").QuerySelector(".employee-deactivate")!);

        DialogProvider.WaitForElement(".free-extension input").Change(true);
        Assert.Contains("Numer 100 nie będzie do nikogo przypisany", DialogProvider.Find(".free-extension-help").TextContent);
        await DialogProvider.Find(".deactivate-confirm").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("—", Row(page, "Ольга Петрова").QuerySelectorAll("td")[1].TextContent.Trim()));
        Assert.Null((await Db.Extensions.ListAsync()).Single(x => x.Number == "100").EmployeeId);
        snackbars.WaitForAssertion(() => Assert.Contains("Pracownik Ольга Петрова został dezaktywowany, numer wewnętrzny 100 jest wolny.", snackbars.Markup));
    }

    [Fact]
    public async Task Without_a_user_or_an_extension_the_dialog_asks_nothing_more()
    {
        await StartAsync(Role.Admin);
        var page = await OpenAsync();

        Open(Row(page, "Ivan Sokolov").QuerySelector(".employee-deactivate")!);

        DialogProvider.WaitForElement(".deactivate-employee");
        Assert.Empty(DialogProvider.FindAll(".deactivate-user"));
        Assert.Empty(DialogProvider.FindAll(".free-extension"));
        Assert.Empty(DialogProvider.FindAll(".deactivate-clients"));
    }

    [Fact]
    public async Task Cancelling_deactivates_nobody()
    {
        await StartAsync(Role.Admin);
        var page = await OpenAsync();
        Open(Row(page, "Ольга Петрова").QuerySelector(".employee-deactivate")!);

        await DialogProvider.WaitForElements(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Cancel").ClickAsync(new());

        DialogProvider.WaitForAssertion(() => Assert.Empty(DialogProvider.FindAll(".deactivate-employee")));
        Assert.True((await Employees.GetAsync(_olga))!.IsActive);
    }

    [Fact]
    public async Task A_deactivated_employee_is_reactivated_with_the_extension_they_kept()
    {
        await StartAsync(Role.Admin);
        var page = await OpenAsync();
        var snackbars = Render<MudBlazor.MudSnackbarProvider>();
        await Employees.DeactivateAsync(_olga, freeExtension: false);
        await page.InvokeAsync(() => page.FindComponent<MudBlazor.MudDataGrid<EmployeeRow>>().Instance.ReloadServerData());

        await Row(page, "Ольга Петрова").QuerySelector(".employee-reactivate")!.ClickAsync(new());

        page.WaitForAssertion(() => Assert.DoesNotContain("employee-deactivated", Row(page, "Ольга Петрова").ClassList));
        Assert.True((await Employees.GetAsync(_olga))!.IsActive);
        snackbars.WaitForAssertion(() => Assert.Contains("Ольга Петрова is active again, on extension 100.", snackbars.Markup));
    }

    [Fact]
    public async Task The_status_filter_shows_the_deactivated_apart()
    {
        await StartAsync(Role.Admin);
        var page = await OpenAsync();

        await page.Find(".employees-status .mud-select-input").MouseDownAsync(new());
        await Popovers.WaitForElements(".mud-list-item").Single(i => i.TextContent.Trim() == "Deactivated").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(["Łukasz Nowak"], Rows(page).Select(r => r.QuerySelector(".employee-name-cell strong")!.TextContent)));
    }

    [Theory]
    [InlineData("ольга", "Ольга Петрова")]
    [InlineData("ŁUKASZ", "Łukasz Nowak")]
    public async Task Search_finds_names_in_any_alphabet_whatever_the_case(string search, string found)
    {
        await StartAsync(Role.Admin);
        var page = await OpenAsync();

        page.Find(".employees-search input").Input(search);

        page.WaitForAssertion(() => Assert.Equal([found], Rows(page).Select(r => r.QuerySelector(".employee-name-cell strong")!.TextContent)));
    }

    [Fact]
    public async Task Pages_come_from_the_database_twenty_at_a_time()
    {
        await StartAsync(Role.Admin);
        var page = await OpenAsync();
        for (var i = 1; i <= 22; i++)
            await Employees.SaveAsync(new EmployeeEdit { Name = $"Agent {i:D2}" });

        await page.InvokeAsync(() => page.FindComponent<MudBlazor.MudDataGrid<EmployeeRow>>().Instance.ReloadServerData());

        page.WaitForAssertion(() => Assert.Equal(20, Rows(page).Count));
        Assert.Equal("1–20 of 25", page.Find(".mud-table-pagination-caption:last-of-type").TextContent.Trim());
    }
}
