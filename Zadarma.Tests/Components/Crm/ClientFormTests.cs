using Bunit;
using Zadarma.Blazor.Components.Crm;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Paging;

namespace Zadarma.Tests.Components.Crm;

public sealed class ClientFormTests : CrmTest
{
    private Task<int?> _result = default!;

    private async Task OpenAsync(ClientRow? client = null, string? phone = null)
    {
        // Started, not awaited: the task ends when the dialog closes.
        await DialogProvider.InvokeAsync(() => { _result = Dialogs.EditClientAsync(L, client, phone); });
        DialogProvider.WaitForElement(".client-form");
    }

    private void Type(string field, string text, int index = 0) =>
        DialogProvider.FindAll($"{field} input, {field} textarea")[index].Change(text);

    /// <summary>What the Save button does (it submits the form by its form attribute, which bunit does not follow), and Enter too.</summary>
    private Task SaveAsync()
    {
        var form = DialogProvider.Find(".client-form form");
        Assert.Equal(form.Id, DialogProvider.Find(".client-save").GetAttribute("form"));
        return form.SubmitAsync();
    }

    private async Task<int> ClientCountAsync() => (await Clients.ListAsync(new PageRequest())).Total;

    [Fact]
    public async Task A_client_needs_a_name_said_in_the_users_language()
    {
        await StartAsync(culture: "ru");
        await OpenAsync();

        Type(".client-name", "   ");
        await SaveAsync();

        DialogProvider.WaitForAssertion(() => Assert.Contains("Введите имя клиента.", DialogProvider.Find(".client-name").TextContent));
        Assert.False(_result.IsCompleted);
        Assert.Equal(0, await ClientCountAsync());
    }

    [Theory]
    [InlineData("pl", "8 999 123", "Ten numer jest za krótki.")]
    [InlineData("ru", "8 999 123", "Этот номер слишком короткий.")]
    [InlineData("en", "call me", "A phone number may contain only digits, spaces, dashes, brackets and a leading +.")]
    public async Task An_invalid_number_is_explained_in_the_users_language_as_soon_as_it_is_typed(string culture, string typed, string error)
    {
        await StartAsync(culture: culture);
        await OpenAsync();
        Type(".client-name", "Typo");

        Type(".phone-number-input", typed);

        DialogProvider.WaitForAssertion(() => Assert.Contains(error, DialogProvider.Find(".phone-row").TextContent));
        await SaveAsync();
        DialogProvider.WaitForAssertion(() => Assert.Contains(error, DialogProvider.Find(".phone-row").TextContent));
        Assert.False(_result.IsCompleted);
        Assert.Equal(0, await ClientCountAsync());
    }

    [Fact]
    public async Task A_number_another_client_has_is_warned_about_naming_and_linking_that_client()
    {
        await StartAsync(culture: "ru");
        var acme = await Db.AddClientAsync("Acme Ltd", null, "+7 999 123 45 67");
        await OpenAsync();
        Type(".client-name", "Beta");

        Type(".phone-number-input", "8 (999) 123-45-67");

        var warning = DialogProvider.WaitForElement(".phone-shared");
        Assert.Contains("Этот номер уже есть у другого клиента: Acme Ltd.", warning.TextContent);
        var link = warning.QuerySelector("a.phone-owner")!;
        Assert.Equal($"clients/{acme}", link.GetAttribute("href"));
        Assert.Equal("Acme Ltd", link.GetAttribute("title"));
        Assert.Contains("Всё равно сохранить", DialogProvider.Find(".save-anyway").TextContent);
    }

    [Fact]
    public async Task Saving_a_shared_number_needs_the_explicit_choice()
    {
        await StartAsync();
        await Db.AddClientAsync("Acme Ltd", null, "+7 999 123 45 67");
        await OpenAsync();
        Type(".client-name", "Beta");
        Type(".phone-number-input", "79991234567");
        DialogProvider.WaitForElement(".phone-shared");

        await SaveAsync();
        DialogProvider.WaitForElement(".phone-shared");
        Assert.False(_result.IsCompleted);
        Assert.Equal(1, await ClientCountAsync());

        DialogProvider.Find(".save-anyway input").Change(true);
        await SaveAsync();

        var id = await _result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(id);
        Assert.Equal(["+79991234567"], (await Clients.GetAsync(id.Value))!.Phones.Select(p => p.E164));
        Assert.Equal(2, await ClientCountAsync());
    }

    [Fact]
    public async Task A_number_taken_while_the_form_was_open_is_caught_on_save()
    {
        await StartAsync(culture: "pl");
        await OpenAsync();
        Type(".client-name", "Beta");
        Type(".phone-number-input", "+48 601 234 567");
        Assert.Empty(DialogProvider.FindAll(".phone-shared"));
        await Db.AddClientAsync("Marta Nowak", null, "0048 601-234-567");

        await SaveAsync();

        var warning = DialogProvider.WaitForElement(".phone-shared");
        Assert.Contains("Ten numer ma już inny klient: Marta Nowak.", warning.TextContent);
        Assert.False(_result.IsCompleted);
        Assert.Equal(1, await ClientCountAsync());
    }

    [Fact]
    public async Task Changing_the_number_again_asks_for_the_choice_again()
    {
        await StartAsync();
        await Db.AddClientAsync("Acme Ltd", null, "+7 999 123 45 67");
        await Db.AddClientAsync("Gamma", null, "+7 912 000 11 22");
        await OpenAsync();
        Type(".client-name", "Beta");
        Type(".phone-number-input", "79991234567");
        DialogProvider.WaitForElement(".save-anyway input").Change(true);

        Type(".phone-number-input", "+7 912 000 11 22");

        DialogProvider.WaitForAssertion(() => Assert.Contains("Gamma", DialogProvider.Find(".phone-shared").TextContent));
        Assert.False(DialogProvider.Find(".save-anyway input").HasAttribute("checked"));
    }

    [Fact]
    public async Task A_new_client_from_an_unknown_caller_starts_with_the_number_and_is_saved_with_its_manager()
    {
        await StartAsync();
        var olga = await Employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        await OpenAsync(phone: "+79991234567");
        Assert.Equal("+79991234567", DialogProvider.Find(".phone-number-input input").GetAttribute("value"));
        Type(".client-name", "  Acme Ltd ");
        Type(".client-company", "Acme");
        Type(".phone-label-input", "office");

        await DialogProvider.Find(".client-responsible .mud-select-input").MouseDownAsync(new());
        await Popovers.WaitForElements(".mud-list-item").Single(i => i.TextContent.Contains("Olga Petrova")).ClickAsync(new());
        await SaveAsync();

        var id = await _result.WaitAsync(TimeSpan.FromSeconds(10));
        var saved = (await Clients.GetAsync(id!.Value))!;
        Assert.Equal(("Acme Ltd", "Acme", olga), (saved.Name, saved.Company, saved.ResponsibleEmployeeId));
        Assert.Equal([new ClientPhoneRow("office", "+79991234567")], saved.Phones);
    }

    [Fact]
    public async Task A_deactivated_manager_stays_on_the_client_and_is_marked_so()
    {
        await StartAsync();
        var olga = await Employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        await Employees.SaveAsync(new EmployeeEdit { Name = "Ivan Sokolov" });
        var gone = await Employees.SaveAsync(new EmployeeEdit { Name = "Boris Orlov" });
        var client = await Db.AddClientAsync("Acme Ltd", olga, "+7 999 123 45 67");
        await Employees.DeactivateAsync(olga, freeExtension: false);
        await Employees.DeactivateAsync(gone, freeExtension: false);

        await OpenAsync((await Clients.GetAsync(client))!);

        Assert.Equal("Olga Petrova (deactivated)", DialogProvider.Find(".client-responsible input").GetAttribute("value"));
        await DialogProvider.Find(".client-responsible .mud-select-input").MouseDownAsync(new());
        var choices = Popovers.WaitForElements(".mud-list-item").Select(i => i.TextContent.Trim()).ToList();
        Assert.Equal(["No responsible manager", "Ivan Sokolov", "Olga Petrova (deactivated)"], choices);
    }

    [Fact]
    public async Task The_fields_are_named_by_their_visible_labels()
    {
        await StartAsync(culture: "pl");
        await OpenAsync();

        foreach (var (field, label) in new[] { (".client-name", "Nazwa"), (".client-company", "Firma"), (".phone-label-input", "Etykieta"), (".phone-number-input", "Numer telefonu") })
        {
            var input = DialogProvider.Find($"{field} input");
            var labelled = DialogProvider.Find($"label[for='{input.Id}']");
            Assert.Contains(label, labelled.TextContent);
        }
        Assert.Equal("Usuń ten telefon", DialogProvider.Find(".phone-remove").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Cancel_saves_nothing()
    {
        await StartAsync();
        await OpenAsync();
        Type(".client-name", "Acme Ltd");

        await DialogProvider.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Contains("Cancel")).ClickAsync(new());

        Assert.Null(await _result.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, await ClientCountAsync());
    }
}
