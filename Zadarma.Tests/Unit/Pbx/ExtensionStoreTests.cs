using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
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
    public async Task An_employee_who_answers_another_extension_is_refused_unless_moving_is_asked_for()
    {
        var olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        await _db.Extensions.MergeAsync(Fetched("100", "101"));
        await _db.Extensions.MapAsync("100", olga);

        var refused = await Assert.ThrowsAsync<EmployeeHasExtensionException>(() => _db.Extensions.MapAsync("101", olga));

        Assert.Equal("100", refused.Extension);
        Assert.Equal([olga, (int?)null], (await _db.Extensions.ListAsync()).Select(r => r.EmployeeId));

        await _db.Extensions.MapAsync("101", olga, takeFromOther: true);
        Assert.Equal([null, (int?)olga], (await _db.Extensions.ListAsync()).Select(r => r.EmployeeId));
    }

    [Fact]
    public async Task An_extension_gone_from_zadarma_lets_its_employee_go()
    {
        var olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        await _db.Extensions.MergeAsync(Fetched("100", "101"));
        await _db.Extensions.MapAsync("100", olga);
        await _db.Extensions.MergeAsync(Fetched("101"));

        await _db.Extensions.MapAsync("101", olga);

        Assert.Equal("101", await _db.Extensions.GetExtensionOfEmployeeAsync(olga));
    }

    [Fact]
    public async Task A_page_is_sorted_in_the_database_numbers_as_numbers_and_removed_ones_last()
    {
        var ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "ivan" });
        var anna = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Anna" });
        await _db.Extensions.MergeAsync(Fetched("1000", "99", "100", "101"));
        await _db.Extensions.MapAsync("99", ivan);
        await _db.Extensions.MapAsync("1000", anna);
        await _db.Extensions.MergeAsync(Fetched("1000", "99", "101"));

        var byNumber = await _db.Extensions.ListAsync(new PageRequest(0, 2));
        Assert.Equal(4, byNumber.Total);
        Assert.Equal(["99", "101"], byNumber.Items.Select(r => r.Number));
        Assert.Equal(["1000", "100"], (await _db.Extensions.ListAsync(new PageRequest(2, 2))).Items.Select(r => r.Number));

        var byEmployee = await _db.Extensions.ListAsync(new PageRequest(0, 10, nameof(ExtensionRow.EmployeeName), Descending: true));
        Assert.Equal(["99", "1000", "101", "100"], byEmployee.Items.Select(r => r.Number));
    }

    [Fact]
    public async Task Employees_to_link_are_found_by_name_with_the_extension_they_answer()
    {
        var olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ольга Петрова" });
        await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olaf Berg" });
        await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ольга Старая", IsActive = false });
        await _db.Extensions.MergeAsync(Fetched("100"));
        await _db.Extensions.MapAsync("100", olga);

        var found = await _db.Extensions.FindEmployeesAsync("ОЛЬГА");

        Assert.Equal([new ExtensionEmployee(olga, "Ольга Петрова", "100")], found);
        Assert.Equal(2, (await _db.Extensions.FindEmployeesAsync(null)).Count);
    }

    [Fact]
    public async Task An_employee_removed_meanwhile_is_not_found_and_the_extension_keeps_its_employee()
    {
        var olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        var ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan" });
        await _db.Extensions.MergeAsync(Fetched("100"));
        await _db.Extensions.MapAsync("100", olga);
        await _db.Employees.DeleteAsync(ivan);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => _db.Extensions.MapAsync("100", ivan));

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
