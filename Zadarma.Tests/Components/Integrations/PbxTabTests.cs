using System.Net;
using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Integrations;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Components.Integrations;

public sealed class PbxTabTests : ComponentTest
{
    private readonly ScriptedNetwork _network = new();
    private TestDatabase _db = default!;
    private IRenderedComponent<MudPopoverProvider> _popovers = default!;
    private int _olga, _ivan;

    private async Task<IRenderedComponent<PbxTab>> RenderTabAsync(params string[] extensions)
    {
        _db = await UseDatabaseAsync();
        ZadarmaServices.Add(Services, _db, _network);
        _olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        _ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan Sokolov" });
        await _db.Extensions.MergeAsync(extensions.Select(n => new FetchedExtension(n, $"Desk {n}")).ToList());
        _popovers = Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var tab = Render<PbxTab>();
        tab.WaitForElement(".extensions-grid");
        return tab;
    }

    [Fact]
    public async Task An_extension_is_linked_to_an_employee_found_by_name()
    {
        UseCulture("en");
        var tab = await RenderTabAsync("100", "101");

        await ChooseAsync(tab, "101", "ivan", "Ivan Sokolov");

        tab.WaitForAssertion(() => Assert.Equal("Ivan Sokolov", Picker(tab, "101").GetAttribute("value")));
        Assert.Equal(_ivan, (await _db.Extensions.ListAsync()).Single(x => x.Number == "101").EmployeeId);
        Assert.Contains("Extension 101 now rings Ivan Sokolov.", Snackbars());
    }

    [Fact]
    public async Task Clearing_the_employee_unlinks_the_extension()
    {
        UseCulture("en");
        var tab = await RenderTabAsync("100");
        await _db.Extensions.MapAsync("100", _olga);
        await tab.InvokeAsync(() => tab.FindComponent<MudDataGrid<ExtensionRow>>().Instance.ReloadServerData());
        tab.WaitForAssertion(() => Assert.Equal("Olga Petrova", Picker(tab, "100").GetAttribute("value")));

        await tab.InvokeAsync(() => PickerOf(tab, "100").Instance.ClearAsync());

        tab.WaitForAssertion(() => Assert.Null(_db.Extensions.ListAsync().Result.Single().EmployeeId));
        Assert.Contains("Extension 100 is no longer linked to anyone.", Snackbars());
    }

    [Fact]
    public async Task An_employee_who_answers_another_extension_cannot_be_chosen_again()
    {
        UseCulture("ru");
        var tab = await RenderTabAsync("100", "101");
        await _db.Extensions.MapAsync("100", _olga);

        // The list shows her, greyed, with the extension she answers.
        Picker(tab, "101").Input("olga");
        var taken = _popovers.WaitForElement(".picker-taken");
        Assert.Contains("Отвечает на номере 100", taken.TextContent);
        Assert.Contains("mud-list-item-disabled", taken.Closest(".mud-list-item")!.ClassName);

        // Chosen all the same from a list shown before she was linked: refused, and nothing changes.
        await tab.InvokeAsync(() => PickerOf(tab, "101").Instance.ValueChanged.InvokeAsync(new ExtensionEmployee(_olga, "Olga Petrova", null)));

        Assert.Contains("Olga Petrova уже отвечает на внутреннем номере 100.", Snackbars());
        var rows = await _db.Extensions.ListAsync();
        Assert.Equal([(string?)"Olga Petrova", null], rows.Select(r => r.EmployeeName));
        tab.WaitForAssertion(() => Assert.Equal("", Picker(tab, "101").GetAttribute("value") ?? ""));
    }

    [Fact]
    public async Task Removed_extensions_come_last_marked_and_cannot_be_linked()
    {
        UseCulture("pl");
        var tab = await RenderTabAsync("100", "101", "102");
        await _db.Extensions.MapAsync("101", _ivan);
        await _db.Extensions.MergeAsync([new FetchedExtension("100", "Desk 100"), new FetchedExtension("102", "Desk 102")]);
        await tab.InvokeAsync(() => tab.FindComponent<MudDataGrid<ExtensionRow>>().Instance.ReloadServerData());

        tab.WaitForAssertion(() => Assert.Equal(["100", "102", "101"], Rows(tab).Select(r => r.QuerySelector(".extension-number")!.TextContent.Trim())));
        var removed = Rows(tab)[2];
        Assert.Contains("extension-removed", removed.ClassName);
        Assert.Contains("Usunięty", removed.TextContent);
        Assert.Contains("Ivan Sokolov", removed.QuerySelector(".removed-employee")!.TextContent);
        Assert.Null(removed.QuerySelector("input"));
    }

    [Fact]
    public async Task An_extension_deleted_meanwhile_is_explained_and_the_list_shows_what_is_saved()
    {
        UseCulture("en");
        var tab = await RenderTabAsync("100", "101");
        await using (var db = await _db.Factory.CreateDbContextAsync())
            await db.Extensions.Where(x => x.Number == "101").ExecuteDeleteAsync();

        await ChooseAsync(tab, "101", "ivan", "Ivan Sokolov");

        tab.WaitForAssertion(() => Assert.Contains("Extension 101 could not be linked", Snackbars()));
        tab.WaitForAssertion(() => Assert.Single(Rows(tab)));
    }

    [Fact]
    public async Task A_deactivated_employee_still_shows_on_their_extension()
    {
        UseCulture("en");
        var tab = await RenderTabAsync("100");
        await _db.Extensions.MapAsync("100", _olga);
        await _db.Employees.SaveAsync(new EmployeeEdit { Id = _olga, Name = "Olga Petrova", IsActive = false });
        await tab.InvokeAsync(() => tab.FindComponent<MudDataGrid<ExtensionRow>>().Instance.ReloadServerData());

        tab.WaitForAssertion(() => Assert.Equal("Olga Petrova (inactive)", Picker(tab, "100").GetAttribute("value")));
    }

    [Fact]
    public async Task Pickers_are_named_after_their_extension_in_the_users_language()
    {
        UseCulture("pl");
        var tab = await RenderTabAsync("100", "101");

        Assert.Equal(["Pracownik numeru 100", "Pracownik numeru 101"],
            tab.FindAll(".employee-picker input").Select(i => i.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task Get_pbx_fetches_the_extensions_and_shows_the_pbx_id()
    {
        UseCulture("en");
        var tab = await RenderTabAsync();
        Assert.Contains("No extensions yet", tab.Find(".extensions-grid").TextContent);
        _network.Pbx(1234, (100, "Reception"), (101, "Sales with a very long name that does not fit"));

        await tab.Find(".get-pbx").ClickAsync(new());

        tab.WaitForAssertion(() => Assert.Equal(2, Rows(tab).Count));
        Assert.Contains("1234", tab.Find(".pbx-id").TextContent);
        Assert.Contains("PBX fetched: 2 extensions.", Snackbars());
        var longName = Rows(tab)[1].QuerySelector(".extension-name .truncate")!;
        Assert.Equal("Sales with a very long name that does not fit", longName.GetAttribute("title"));
    }

    [Theory]
    [InlineData("ru", HttpStatusCode.Unauthorized, "Zadarma отклонила ключ или секрет.")]
    [InlineData("pl", HttpStatusCode.TooManyRequests, "Przekroczono limit zapytań Zadarma, spróbuj ponownie za 60 s.")]
    [InlineData("en", HttpStatusCode.TooManyRequests, "Zadarma rate limit reached, retry in 60 s.")]
    public async Task Get_pbx_explains_zadarmas_refusal_in_the_users_language(string culture, HttpStatusCode status, string explained)
    {
        UseCulture(culture);
        var tab = await RenderTabAsync();
        _network.Reply(status, """{"status":"error","message":"refused"}""", status == HttpStatusCode.TooManyRequests ? TimeSpan.FromSeconds(60) : null);

        await tab.Find(".get-pbx").ClickAsync(new());

        Assert.Equal(explained, tab.WaitForElement(".pbx-error").TextContent.Trim());
        Assert.Empty(tab.FindAll(".busy-spinner"));
    }

    [Fact]
    public async Task Get_pbx_shows_its_progress_while_it_runs()
    {
        UseCulture("en");
        var tab = await RenderTabAsync();
        var answer = new TaskCompletionSource();
        _network.Hold = answer.Task;
        _network.Pbx(1234, (100, "Reception"));

        var fetching = tab.Find(".get-pbx").ClickAsync(new());

        tab.WaitForAssertion(() => Assert.Contains("Fetching…", tab.Find(".get-pbx").TextContent));
        Assert.NotNull(tab.Find(".get-pbx").GetAttribute("disabled"));
        Assert.Single(tab.FindAll(".mud-progress-linear"));
        answer.SetResult();
        await fetching;
        tab.WaitForAssertion(() => Assert.Empty(tab.FindAll(".mud-progress-linear")));
    }

    [Fact]
    public async Task The_grid_loads_one_page_at_a_time()
    {
        UseCulture("en");
        var tab = await RenderTabAsync(Enumerable.Range(100, 25).Select(n => n.ToString()).ToArray());

        Assert.Equal(20, Rows(tab).Count);
        Assert.Equal("119", Rows(tab)[^1].QuerySelector(".extension-number")!.TextContent.Trim());
    }

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<PbxTab> tab) => tab.FindAll(".extensions-grid tbody tr.mud-table-row").ToList();

    private static IElement Row(IRenderedComponent<PbxTab> tab, string number) =>
        Rows(tab).Single(r => r.QuerySelector(".extension-number")?.TextContent.Trim() == number);

    private static IElement Picker(IRenderedComponent<PbxTab> tab, string number) => Row(tab, number).QuerySelector(".employee-picker input")!;

    private static IRenderedComponent<MudAutocomplete<ExtensionEmployee>> PickerOf(IRenderedComponent<PbxTab> tab, string number) =>
        tab.FindComponents<MudAutocomplete<ExtensionEmployee>>().Single(c => c.Find("input").GetAttribute("aria-label")!.EndsWith(number, StringComparison.Ordinal));

    private async Task ChooseAsync(IRenderedComponent<PbxTab> tab, string number, string typed, string name)
    {
        Picker(tab, number).Input(typed);
        var item = _popovers.WaitForElements(".mud-list-item").Single(i => i.TextContent.Contains(name));
        await item.ClickAsync(new());
    }

    private string Snackbars() => string.Join("\n", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message));
}
