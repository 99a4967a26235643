using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Directory;

public sealed class DirectoryLookupTests : IAsyncLifetime
{
    private TestDatabase _db = default!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<IReadOnlyList<DirectoryClient>> FindAsync(string number) =>
        await _db.Directory.FindClientsByPhoneAsync(PhoneNumber.ParseOrNull(number, Country.Find("RU")!)!.Value);

    [Fact]
    public async Task A_client_is_found_by_any_spelling_of_the_number()
    {
        var id = await _db.AddClientAsync("Acme", null, "8 (999) 123-45-67");

        foreach (var spelling in new[] { "+7 999 123 45 67", "79991234567", "8-999-123-45-67" })
        {
            var match = Assert.Single(await FindAsync(spelling));
            Assert.Equal(id, match.Id);
            Assert.Equal(PhoneMatch.Exact, match.Match);
        }
    }

    [Fact]
    public async Task Without_an_exact_match_the_last_digits_decide()
    {
        // Stored under a wrong country code; the same subscriber calls through another route.
        var id = await _db.AddClientAsync("Roaming", null, "+380 99 123 45 67");

        var match = Assert.Single(await FindAsync("+7 999 123 45 67"));
        Assert.Equal(id, match.Id);
        Assert.Equal(PhoneMatch.Suffix, match.Match);
    }

    [Fact]
    public async Task Exact_matches_hide_suffix_matches()
    {
        var exact = await _db.AddClientAsync("Exact", null, "+7 999 123 45 67");
        await _db.AddClientAsync("Suffix only", null, "+380 99 123 45 67");

        var match = Assert.Single(await FindAsync("+79991234567"));
        Assert.Equal(exact, match.Id);
    }

    [Fact]
    public async Task Several_clients_with_one_number_are_all_reported()
    {
        var first = await _db.AddClientAsync("Husband", null, "+7 999 123 45 67");
        var second = await _db.AddClientAsync("Wife", null, "8 999 123 45 67", "+7 999 000 00 00");

        var matches = await FindAsync("79991234567");
        Assert.Equal([first, second], matches.Select(m => m.Id).Order().ToArray());
    }

    [Fact]
    public async Task The_suffix_length_is_a_setting()
    {
        await _db.AddClientAsync("Near", null, "+7 999 123 45 67");
        Assert.Empty(await FindAsync("+7 998 123 45 67"));

        var settings = await _db.Settings.GetAsync();
        settings.PhoneSuffixDigits = 7;
        await _db.Settings.SaveAsync(settings);

        Assert.Single(await FindAsync("+7 998 123 45 67"));
    }

    [Fact]
    public async Task An_unknown_number_finds_nobody() =>
        Assert.Empty(await FindAsync("+7 916 222 33 44"));

    [Fact]
    public async Task The_responsible_manager_comes_with_the_client()
    {
        var manager = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        var client = await _db.AddClientAsync("Acme", manager, "+7 999 123 45 67");

        var employee = await _db.Directory.GetResponsibleEmployeeAsync(client);
        Assert.Equal("Olga", employee?.Name);
        Assert.Equal(manager, Assert.Single(await FindAsync("+79991234567")).ResponsibleEmployeeId);
    }

    [Theory]
    [InlineData("8 (999) 123-45-67")]
    [InlineData("+79991234567")]
    [InlineData("45-67")]
    [InlineData("acme")]
    [InlineData("ACME")]
    public async Task The_clients_grid_searches_by_name_or_any_phone_format(string search)
    {
        await _db.AddClientAsync("Acme Ltd", null, "+7 999 123 45 67");
        await _db.AddClientAsync("Other", null, "+48 123 456 789");

        var page = await _db.Clients.ListAsync(new PageRequest(Search: search));
        Assert.Equal("Acme Ltd", Assert.Single(page.Items).Name);
    }

    [Fact]
    public async Task The_client_pick_list_finds_as_the_grid_does_the_first_names_only()
    {
        await _db.AddClientAsync("Acme Ltd", null, "+7 999 123 45 67");
        await _db.AddClientAsync("Acme East", null, "+7 999 765 45 67");
        await _db.AddClientAsync("Acme West", null, "+48 123 456 789");
        await _db.AddClientAsync("Other", null, "+7 912 000 11 22");

        Assert.Equal(["Acme East", "Acme Ltd"], (await _db.Clients.SearchAsync("acme", 2)).Select(c => c.Name));
        Assert.Equal(["Acme East", "Acme Ltd"], (await _db.Clients.SearchAsync("45-67", 20)).Select(c => c.Name));
        Assert.Equal(4, (await _db.Clients.SearchAsync(null, 20)).Count);
    }

    [Fact]
    public async Task Invalid_phones_are_refused_with_their_position()
    {
        var result = await _db.Clients.SaveAsync(new ClientEdit
        {
            Name = "Bad",
            Phones = [new PhoneEdit { Number = "+7 999 123 45 67" }, new PhoneEdit { Number = "call me" }],
        });

        Assert.False(result.Succeeded);
        Assert.Null(result.Id);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ClientField.Phone, 1, PhoneError.InvalidCharacters), (error.Field, error.PhoneIndex, error.PhoneError));
        Assert.Equal(0, (await _db.Clients.ListAsync(new PageRequest())).Total);
    }
}
