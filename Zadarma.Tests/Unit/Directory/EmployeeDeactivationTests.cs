using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Core.Pbx;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Directory;

/// <summary>
/// Employees are deactivated, never deleted: the journal keeps their name, their clients keep them, a linked user stays
/// linked, and their extension is freed only when the admin says so.
/// </summary>
public sealed class EmployeeDeactivationTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private int _olga;
    private int _client;
    private int _user;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        await _db.Extensions.MergeAsync([new FetchedExtension("100", "Reception"), new FetchedExtension("101", "Sales")]);
        await _db.Extensions.MapAsync("100", _olga);
        _client = await _db.AddClientAsync("Acme Ltd", _olga, "+7 999 123 45 67");
        await using (var db = await _db.Factory.CreateDbContextAsync())
        {
            var user = new User { UserName = "olga", NormalizedUserName = "olga", Role = Role.Agent };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            _user = user.Id;
        }
        Assert.True(await _db.Employees.LinkUserAsync(_user, _olga));
        await _db.AddCallAsync(new Call
        {
            PbxCallId = "in_1", ClientNumber = "+79991234567", ClientIds = [_client], ResponsibleEmployeeId = _olga, EmployeeIds = [_olga],
            AnsweredBy = "100", AnsweredByEmployeeId = _olga, StartUtc = DateTime.UtcNow, EndedUtc = DateTime.UtcNow,
        });
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<EmployeeRow> OlgaAsync() => (await _db.Employees.GetAsync(_olga))!;

    [Fact]
    public async Task A_deactivated_employee_keeps_their_name_on_calls_their_clients_and_their_user()
    {
        await _db.Employees.DeactivateAsync(_olga, freeExtension: false);

        var olga = await OlgaAsync();
        Assert.False(olga.IsActive);
        Assert.Equal(("Olga Petrova", "olga", 1), (olga.Name, olga.UserName, olga.ClientCount));
        Assert.Equal(_olga, (await _db.Clients.GetAsync(_client))!.ResponsibleEmployeeId);
        Assert.Equal(_olga, (await _db.Directory.GetEmployeeOfUserAsync(_user))!.Id);

        var call = Assert.Single((await new CallList(_db.Factory, _db.Settings).ListAsync(new CallQuery())).Items);
        Assert.Equal("Olga Petrova", call.AnsweredByEmployee?.Name);
        Assert.Equal(["Olga Petrova"], call.Managers.Select(m => m.Name));
    }

    [Fact]
    public async Task The_extension_stays_theirs_unless_the_admin_frees_it()
    {
        Assert.Null(await _db.Employees.DeactivateAsync(_olga, freeExtension: false));

        Assert.Equal("100", (await OlgaAsync()).Extension);
        Assert.Equal(_olga, (await _db.Extensions.ListAsync()).Single(x => x.Number == "100").EmployeeId);
    }

    [Fact]
    public async Task A_freed_extension_belongs_to_nobody_and_is_reported()
    {
        Assert.Equal("100", await _db.Employees.DeactivateAsync(_olga, freeExtension: true));

        Assert.Null((await OlgaAsync()).Extension);
        Assert.Null((await _db.Extensions.ListAsync()).Single(x => x.Number == "100").EmployeeId);
    }

    [Fact]
    public async Task Reactivated_they_work_again_on_the_extension_they_kept()
    {
        await _db.Employees.DeactivateAsync(_olga, freeExtension: false);

        await _db.Employees.ReactivateAsync(_olga);

        var olga = await OlgaAsync();
        Assert.True(olga.IsActive);
        Assert.Equal("100", await _db.Extensions.GetExtensionOfEmployeeAsync(_olga));
    }

    [Fact]
    public async Task Deactivated_employees_leave_the_pick_lists_and_the_grid_can_show_them_apart()
    {
        var ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan Sokolov" });
        await _db.Employees.DeactivateAsync(_olga, freeExtension: false);

        Assert.Equal(["Ivan Sokolov"], (await _db.Employees.ListAsync(activeOnly: true)).Select(e => e.Name));
        Assert.Equal(2, (await _db.Employees.ListAsync(new PageRequest())).Total);
        Assert.Equal([ivan], (await _db.Employees.ListAsync(new PageRequest(), EmployeeStatus.Active)).Items.Select(e => e.Id));
        Assert.Equal([_olga], (await _db.Employees.ListAsync(new PageRequest(), EmployeeStatus.Deactivated)).Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Saving_the_form_does_not_change_whether_they_are_on_duty()
    {
        await _db.Employees.DeactivateAsync(_olga, freeExtension: false);

        await _db.Employees.SaveAsync(new EmployeeEdit { Id = _olga, Name = "Olga Ivanova" });

        var olga = await OlgaAsync();
        Assert.Equal(("Olga Ivanova", false), (olga.Name, olga.IsActive));
    }

    [Fact]
    public async Task Each_change_is_announced_for_routing_and_open_tabs()
    {
        var announced = new List<int>();
        _db.Employees.Changed += announced.Add;

        await _db.Employees.DeactivateAsync(_olga, freeExtension: true);
        await _db.Employees.ReactivateAsync(_olga);

        Assert.Equal([_olga, _olga], announced);
    }

    [Fact]
    public async Task An_unknown_employee_is_reported()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _db.Employees.DeactivateAsync(_olga + 100, freeExtension: true));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _db.Employees.ReactivateAsync(_olga + 100));
    }
}
