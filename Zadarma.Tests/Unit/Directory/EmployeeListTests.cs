using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Directory;

/// <summary>The employees grid's pages: counted, sorted and searched in the database.</summary>
public sealed class EmployeeListTests : IAsyncLifetime
{
    private TestDatabase _db = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        foreach (var name in new[] { "Ольга Петрова", "Anna Kowalska", "Łukasz Nowak", "Ivan Sokolov", "Boris Orlov" })
            await _db.Employees.SaveAsync(new EmployeeEdit { Name = name });
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_page_is_cut_from_the_sorted_list_and_knows_the_total()
    {
        var first = await _db.Employees.ListAsync(new PageRequest(Skip: 0, Take: 2));
        var last = await _db.Employees.ListAsync(new PageRequest(Skip: 4, Take: 2, SortBy: nameof(EmployeeRow.Name), Descending: true));

        Assert.Equal(5, first.Total);
        Assert.Equal(["Anna Kowalska", "Boris Orlov"], first.Items.Select(e => e.Name));
        Assert.Equal(["Anna Kowalska"], last.Items.Select(e => e.Name));
    }

    [Theory]
    [InlineData("ольга", "Ольга Петрова")]
    [InlineData("ПЕТР", "Ольга Петрова")]
    [InlineData("łukasz", "Łukasz Nowak")]
    [InlineData(" orlov ", "Boris Orlov")]
    public async Task Search_finds_names_in_any_alphabet_whatever_the_case(string search, string found)
    {
        var page = await _db.Employees.ListAsync(new PageRequest(Search: search));

        Assert.Equal(1, page.Total);
        Assert.Equal(found, Assert.Single(page.Items).Name);
    }

    [Fact]
    public async Task Sorting_by_clients_puts_the_busiest_manager_first()
    {
        var ivan = (await _db.Employees.ListAsync(new PageRequest(Search: "ivan"))).Items[0].Id;
        await _db.AddClientAsync("Acme", ivan, "+7 999 123 45 67");
        await _db.AddClientAsync("Beta", ivan, "+7 999 123 45 68");

        var page = await _db.Employees.ListAsync(new PageRequest(Take: 1, SortBy: nameof(EmployeeRow.ClientCount), Descending: true));

        Assert.Equal(("Ivan Sokolov", 2), (page.Items[0].Name, page.Items[0].ClientCount));
    }
}
