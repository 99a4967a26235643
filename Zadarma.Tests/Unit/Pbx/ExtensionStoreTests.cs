using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Pbx;

public sealed class ExtensionStoreTests : IAsyncLifetime
{
    private TestDatabase _db = default!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static FetchedExtension[] Fetched(params string[] numbers) => numbers.Select(n => new FetchedExtension(n, $"Ext {n}")).ToArray();

    [Fact]
    public async Task Fetching_again_keeps_mappings_adds_new_and_marks_gone_extensions()
    {
        var olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        await _db.Extensions.MergeAsync(Fetched("100", "101"));
        await _db.Extensions.MapAsync("100", olga);

        var merge = await _db.Extensions.MergeAsync(Fetched("100", "102"));

        Assert.Equal(new ExtensionMerge(Added: 1, Returned: 0, Removed: 1), merge);
        var rows = await _db.Extensions.ListAsync();
        Assert.Equal(["100", "102", "101"], rows.Select(r => r.Number));
        Assert.Equal(("Olga", false), (rows[0].EmployeeName, rows[0].IsRemoved));
        Assert.True(rows.Single(r => r.Number == "101").IsRemoved);
    }

    [Fact]
    public async Task A_removed_extension_that_comes_back_keeps_its_employee()
    {
        var olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        await _db.Extensions.MergeAsync(Fetched("100"));
        await _db.Extensions.MapAsync("100", olga);
        await _db.Extensions.MergeAsync(Fetched());

        var merge = await _db.Extensions.MergeAsync(Fetched("100"));

        Assert.Equal(1, merge.Returned);
        Assert.Equal("100", await _db.Extensions.GetExtensionOfEmployeeAsync(olga));
    }

    [Fact]
    public async Task An_employee_has_at_most_one_extension()
    {
        var olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        await _db.Extensions.MergeAsync(Fetched("100", "101"));

        await _db.Extensions.MapAsync("100", olga);
        await _db.Extensions.MapAsync("101", olga);

        var rows = await _db.Extensions.ListAsync();
        Assert.Null(rows.Single(r => r.Number == "100").EmployeeId);
        Assert.Equal(olga, rows.Single(r => r.Number == "101").EmployeeId);
    }

    [Fact]
    public async Task An_employee_that_does_not_exist_is_not_found_and_the_extension_keeps_its_employee()
    {
        var olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        await _db.Extensions.MergeAsync(Fetched("100"));
        await _db.Extensions.MapAsync("100", olga);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => _db.Extensions.MapAsync("100", olga + 1));

        Assert.Equal(olga, Assert.Single(await _db.Extensions.ListAsync()).EmployeeId);
    }

    [Fact]
    public async Task Changes_are_announced_for_routing()
    {
        var changes = 0;
        _db.Extensions.Changed += () => changes++;
        await _db.Extensions.MergeAsync(Fetched("100"));
        await _db.Extensions.MapAsync("100", null);
        Assert.Equal(2, changes);
    }
}
