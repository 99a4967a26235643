using Zadarma.Core.Directory;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Directory;

/// <summary>Clients are found by any part of their name or company, whatever the case and accents, from an index.</summary>
public sealed class ClientSearchTests : IAsyncLifetime
{
    private TestDatabase _db = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await _db.AddClientAsync("Łukasz Żółkiewski");
        await _db.AddClientAsync("Ёлкина Мария");
        await _db.AddClientAsync("José Pérez");
        await _db.AddClientAsync("Anna Nowak");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("lukasz", "Łukasz Żółkiewski")]
    [InlineData("ŁUKASZ", "Łukasz Żółkiewski")]
    [InlineData("zolk", "Łukasz Żółkiewski")]
    [InlineData("елкина", "Ёлкина Мария")]
    [InlineData("МАРИ", "Ёлкина Мария")]
    [InlineData("perez", "José Pérez")]
    [InlineData("now", "Anna Nowak")]
    [InlineData("łu", "Łukasz Żółkiewski")]
    [InlineData("a", "Anna Nowak")]
    public async Task Any_three_letters_or_the_first_one_or_two_find_the_client(string search, string name)
    {
        Assert.Equal([name], (await _db.Clients.SearchAsync(search, 10)).Select(c => c.Name));
    }

    [Fact]
    public async Task A_renamed_client_is_found_by_the_new_name_only_and_a_deleted_one_not_at_all()
    {
        var id = (await _db.Clients.SearchAsync("nowak", 1)).Single().Id;
        await _db.Clients.SaveAsync(new ClientEdit { Id = id, Name = "Anna Kowalczyk", Phones = [], AllowSharedNumbers = true });

        Assert.Empty(await _db.Clients.SearchAsync("nowak", 10));
        Assert.Single(await _db.Clients.SearchAsync("kowalczyk", 10));

        await _db.Clients.DeleteAsync(id, Zadarma.Core.Accounts.Role.Admin);
        Assert.Empty(await _db.Clients.SearchAsync("kowalczyk", 10));
    }

    [Theory]
    [InlineData("lukasz", true)]
    [InlineData("4567", true)]
    [InlineData("łu", false)]
    public async Task A_search_reads_only_its_matches_from_their_indexes(string search, bool sortsMatches)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        var matches = await _db.Clients.MatchingAsync(db, search, default);

        var page = await QueryPlan.OfAsync(db, matches.OrderBy(c => c.SearchText).ThenBy(c => c.Id).Take(20));

        if (sortsMatches)
            QueryPlan.AssertIndexed(page);
        else
            QueryPlan.AssertIndexedWithoutSort(page);
    }
}
