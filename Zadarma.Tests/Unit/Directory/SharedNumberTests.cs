using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Directory;

/// <summary>
/// A number another client has is not saved silently: the journal would log that number's calls under both clients.
/// Numbers compare in E.164, whatever format each was typed in.
/// </summary>
public sealed class SharedNumberTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private int _acme;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _acme = (await _db.Clients.SaveAsync(new ClientEdit { Name = "Acme Ltd", Phones = [new PhoneEdit { Number = "8 (999) 123-45-67" }] })).Id!.Value;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static ClientEdit Beta(params string[] numbers) =>
        new() { Name = "Beta", Phones = numbers.Select(n => new PhoneEdit { Label = "office", Number = n }).ToList() };

    [Theory]
    [InlineData("+7 999 123 45 67")]
    [InlineData("79991234567")]
    [InlineData("8-999-123-45-67")]
    [InlineData("+7 (999) 123-45-67")]
    public async Task Another_clients_number_in_any_format_is_refused_naming_that_client(string typed)
    {
        var result = await _db.Clients.SaveAsync(Beta("+48 601 234 567", typed));

        Assert.False(result.Succeeded);
        Assert.Empty(result.Errors);
        var shared = Assert.Single(result.SharedNumbers);
        Assert.Equal(new SharedNumber(1, "+79991234567", _acme, "Acme Ltd"), shared);
        Assert.Equal(1, (await _db.Clients.ListAsync(new PageRequest())).Total);
    }

    [Fact]
    public async Task Saving_anyway_is_an_explicit_choice_and_both_clients_then_have_the_number()
    {
        var edit = Beta("+7 999 123 45 67");
        edit.AllowSharedNumbers = true;

        var result = await _db.Clients.SaveAsync(edit);

        Assert.True(result.Succeeded);
        var callers = await _db.Directory.FindClientsByPhoneAsync(PhoneNumber.ParseOrNull("+79991234567", Country.Initial)!.Value);
        Assert.Equal(["Acme Ltd", "Beta"], callers.Select(c => c.Name).Order());
    }

    [Fact]
    public async Task A_client_keeps_its_own_numbers_when_edited()
    {
        var edit = ClientEdit.From((await _db.Clients.GetAsync(_acme))!);
        edit.Notes = "Calls on Mondays";
        edit.Phones.Add(new PhoneEdit { Number = "+7 999 123 45 68" });

        var result = await _db.Clients.SaveAsync(edit);

        Assert.True(result.Succeeded);
        Assert.Empty(result.SharedNumbers);
    }

    [Fact]
    public async Task Every_other_client_with_the_number_is_named_by_name()
    {
        var zeta = await _db.AddClientAsync("Zeta", null, "+7 999 123 45 67");
        var alpha = await _db.AddClientAsync("Alpha", null, "+7 999 123 45 67");

        var result = await _db.Clients.SaveAsync(Beta("+7 999 123 45 67"));

        Assert.Equal([(_acme, "Acme Ltd"), (alpha, "Alpha"), (zeta, "Zeta")], result.SharedNumbers.Select(s => (s.ClientId, s.ClientName)));
        Assert.All(result.SharedNumbers, s => Assert.Equal(0, s.PhoneIndex));
    }

    [Fact]
    public async Task The_form_learns_of_other_clients_as_the_number_is_typed()
    {
        Assert.Equal([new ClientRef(_acme, "Acme Ltd")], await _db.Clients.OthersWithNumberAsync("+79991234567", exceptClientId: null));
        Assert.Empty(await _db.Clients.OthersWithNumberAsync("+79991234567", exceptClientId: _acme));
        Assert.Empty(await _db.Clients.OthersWithNumberAsync("+48601234567", exceptClientId: null));
    }

    [Fact]
    public async Task A_number_that_only_ends_alike_is_no_clash()
    {
        // Same last nine digits as Acme's, another country: the popup's suffix match, not the same number.
        var result = await _db.Clients.SaveAsync(Beta("+380 99 123 45 67"));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Invalid_numbers_are_reported_before_any_clash()
    {
        var result = await _db.Clients.SaveAsync(Beta("+7 999 123 45 67", "8 999 123"));

        Assert.False(result.Succeeded);
        Assert.Equal(PhoneError.TooShort, Assert.Single(result.Errors).PhoneError);
        Assert.Empty(result.SharedNumbers);
    }
}
