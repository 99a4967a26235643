using Bunit;
using MudBlazor;
using MudBlazor.Extensions;
using Zadarma.Blazor.Components.Calls;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;

namespace Zadarma.Tests.Components.Calls;

/// <summary>The filter bar: every filter sets its part of the filter, in the user's words, each named by its label.</summary>
public sealed class CallFiltersTests : CallsTest
{
    private readonly CallFilter _filter = new();
    private int _changes;
    private IRenderedComponent<MudPopoverProvider> _popovers = default!;

    private IRenderedComponent<CallFilters> Open(bool showEmployee = true)
    {
        _popovers = Render<MudPopoverProvider>();
        return Render<CallFilters>(p => p.Add(f => f.Filter, _filter).Add(f => f.ShowEmployee, showEmployee).Add(f => f.Changed, () => _changes++));
    }

    private async Task<IReadOnlyList<string>> OptionsAsync(IRenderedComponent<CallFilters> filters, string filter) =>
        (await OpenListAsync(filters, _popovers, filter)).Select(i => i.TextContent.Trim()).ToList();

    private Task ChooseAsync(IRenderedComponent<CallFilters> filters, string filter, string item) => ChooseAsync(filters, _popovers, filter, item);

    [Fact]
    public async Task Each_filter_sets_its_part_of_the_filter_and_says_so()
    {
        await UseCallsAsync();
        UseCulture("en");
        var filters = Open();

        await ChooseAsync(filters, "filter-period", "Today");
        Assert.Equal((CallPeriod.Today, 1), (_filter.Period, _changes));
        await ChooseAsync(filters, "filter-direction", "Outgoing");
        Assert.Equal((CallDirection.Outgoing, 2), (_filter.Direction, _changes));
        await ChooseAsync(filters, "filter-direction", "Any");
        Assert.Null(_filter.Direction);
        await ChooseAsync(filters, "filter-outcome", "Account limits");
        Assert.Equal(CallOutcome.AccountLimit, _filter.Outcome);
        await ChooseAsync(filters, "filter-employee", "Ivan Sokolov");
        Assert.Equal(Ivan, _filter.EmployeeId);
        await ChooseAsync(filters, "filter-employee", "Anyone");
        Assert.Null(_filter.EmployeeId);
        await filters.Find(".filter-number input").InputAsync(new() { Value = "45-67" });
        filters.WaitForAssertion(() => Assert.Equal("45-67", _filter.Number));
        Assert.Equal(7, _changes);
        await filters.Find(".filter-search input").InputAsync(new() { Value = "faktura" });
        filters.WaitForAssertion(() => Assert.Equal("faktura", _filter.Search));
        Assert.Equal(8, _changes);
        // The count is rendered after the debounced text reaches the filter: wait for that render, not just the value.
        filters.WaitForAssertion(() => Assert.Equal("Filters (4)", filters.Find("button.call-filters-toggle").TextContent.Trim()));
    }

    [Fact]
    public async Task Chosen_dates_are_days_in_the_users_zone_shown_in_the_users_format()
    {
        await UseCallsAsync();
        UseCulture("ru");
        var filters = Open();
        Assert.Empty(filters.FindAll(".filter-from"));

        await ChooseAsync(filters, "filter-period", "Выбрать даты…");

        var from = filters.FindComponents<MudDatePicker>().Single(p => p.Instance.Label == "С");
        await filters.InvokeAsync(() => from.Instance.DateChanged.InvokeAsync(new DateTime(2026, 11, 3)));
        var to = filters.FindComponents<MudDatePicker>().Single(p => p.Instance.Label == "По");
        await filters.InvokeAsync(() => to.Instance.DateChanged.InvokeAsync(new DateTime(2026, 11, 5)));

        Assert.Equal((new DateTime(2026, 11, 3), new DateTime(2026, 11, 5)), (_filter.FromDate, _filter.ToDate));
        filters.WaitForAssertion(() => Assert.Equal("03.11.2026", filters.Find(".filter-from input").GetAttribute("value")));
        // One cannot pick an end before the start.
        Assert.Equal(new DateTime(2026, 11, 3), filters.FindComponents<MudDatePicker>().Single(p => p.Instance.Label == "По").Instance.GetState(p => p.MinDate));
    }

    [Theory]
    [InlineData("ru", new[] { "Все звонки", "Отвеченные", "Пропущенные", "Без ответа", "Занято", "Отменённые", "Неудачные", "Ограничения счёта", "Идут сейчас" })]
    [InlineData("pl", new[] { "Wszystkie", "Odebrane", "Nieodebrane", "Bez odpowiedzi", "Zajęte", "Anulowane", "Nieudane", "Limity konta", "W toku" })]
    public async Task The_result_filter_offers_outcomes_in_the_users_language_not_the_pbxs_codes(string culture, string[] expected)
    {
        await UseCallsAsync();
        UseCulture(culture);
        var filters = Open();

        Assert.Equal(expected, await OptionsAsync(filters, "filter-outcome"));
        Assert.Equal(expected[0], filters.Find(".filter-outcome input").GetAttribute("value"));
    }

    [Fact]
    public async Task The_client_filter_searches_the_database_as_the_user_types()
    {
        await UseCallsAsync();
        UseCulture("pl");
        var filters = Open();
        // Added after the bar opened: only a search of the database can find it.
        var late = await Db.AddClientAsync("Zofia Nowakowska", null, "+48601999888");
        await Db.Clients.SaveAsync(new ClientEdit { Name = "Anna Kowalska", Company = "Nowak i Syn", Phones = [new PhoneEdit { Number = "+48601777666" }] });

        var client = filters.FindComponent<MudAutocomplete<ClientRow>>();
        Assert.InRange(client.Instance.DebounceInterval, 1, 250);
        await filters.Find(".filter-client input").InputAsync(new() { Value = "nowak" });

        var found = _popovers.WaitForElements(".mud-popover-open .mud-list-item");
        Assert.Equal(["Anna Kowalska · Nowak i Syn", "Marta Nowak", "Zofia Nowakowska"], found.Select(i => i.TextContent.Trim()));
        await found[2].ClickAsync(new());

        Assert.Equal(late, _filter.Client?.Id);
        Assert.Equal(1, _changes);
        filters.WaitForAssertion(() => Assert.Equal("Zofia Nowakowska", filters.Find(".filter-client input").GetAttribute("value")));

        await filters.Find(".filter-client input").InputAsync(new() { Value = "xyz" });
        filters.WaitForAssertion(() => Assert.Contains("Nie znaleziono klienta", _popovers.Markup));
    }

    [Theory]
    [InlineData("en", new[] { "Search", "Period", "Direction", "Result", "Employee", "Client", "Number" })]
    [InlineData("ru", new[] { "Поиск", "Период", "Направление", "Результат", "Сотрудник", "Клиент", "Номер" })]
    [InlineData("pl", new[] { "Szukaj", "Okres", "Kierunek", "Wynik", "Pracownik", "Klient", "Numer" })]
    public async Task Every_filter_is_named_by_its_visible_label(string culture, string[] names)
    {
        await UseCallsAsync();
        UseCulture(culture);
        var filters = Open();

        var inputs = filters.FindAll(".call-filters input:not([type=hidden])");
        var named = inputs.Select(input => input.GetAttribute("aria-label")
            ?? filters.Find($"label[for='{input.Id}']").TextContent.Trim()).ToList();

        Assert.Equal(names, named);
        // What is read out for a choice is its text, never an internal value.
        Assert.Equal(filters.Find(".filter-outcome input").GetAttribute("value"), (await OptionsAsync(filters, "filter-outcome"))[0]);
        Assert.DoesNotContain(inputs, i => i.GetAttribute("value") is { } v && (v.Contains("Last30Days") || v.Contains('{')));
    }
}
