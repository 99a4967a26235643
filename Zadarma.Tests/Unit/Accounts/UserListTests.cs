using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Accounts;

/// <summary>The admin's list of users, paged, sorted and searched in the database; each user's language and zone.</summary>
public sealed class UserListTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private UserAccounts _accounts = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _accounts = new UserAccounts(_db.Factory, _db.Employees, QuickPasswordHasher.Create(), TimeProvider.System, NullLogger<UserAccounts>.Instance);
        await _accounts.CreateFirstAdminAsync("Zoë", "first-pass-1", "pl");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<string[]> NamesAsync(PageRequest request) => (await _accounts.PageAsync(request)).Items.Select(u => u.UserName).ToArray();

    [Fact]
    public async Task Names_are_found_in_any_alphabet_and_case_and_by_the_linked_employee()
    {
        await _accounts.CreateAsync("Ирина", "agent-pass-1", Role.Agent);
        var ivan = await _accounts.CreateAsync("ivan", "agent-pass-1", Role.Agent);
        var employee = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Иван Соколов" });
        await _accounts.UpdateAsync(ivan.Id, Role.Agent, isActive: true, employee);

        Assert.Equal(["Ирина"], await NamesAsync(new PageRequest(Search: "ИРИ")));
        Assert.Equal(["ivan"], await NamesAsync(new PageRequest(Search: "соколов")));
        Assert.Equal(["Zoë"], await NamesAsync(new PageRequest(Search: "zoË")));
        Assert.Empty(await NamesAsync(new PageRequest(Search: "nobody")));
    }

    [Fact]
    public async Task A_page_holds_its_share_and_the_total_counts_all_matches()
    {
        for (var i = 1; i <= 12; i++)
            await _accounts.CreateAsync($"agent{i:00}", "agent-pass-1", Role.Agent);

        var second = await _accounts.PageAsync(new PageRequest(Skip: 5, Take: 5, Search: "agent"));

        Assert.Equal(12, second.Total);
        Assert.Equal(["agent06", "agent07", "agent08", "agent09", "agent10"], second.Items.Select(u => u.UserName));
    }

    [Fact]
    public async Task Roles_sort_by_rank_and_status_puts_inactive_users_first()
    {
        await _accounts.CreateAsync("anna", "agent-pass-1", Role.Supervisor);
        var boris = await _accounts.CreateAsync("boris", "agent-pass-1", Role.Agent);
        await _accounts.UpdateAsync(boris.Id, Role.Agent, isActive: false, employeeId: null);

        Assert.Equal(["boris", "anna", "Zoë"], await NamesAsync(new PageRequest(SortBy: nameof(UserRow.Role))));
        Assert.Equal(["Zoë", "anna", "boris"], await NamesAsync(new PageRequest(SortBy: nameof(UserRow.Role), Descending: true)));
        Assert.Equal(["boris", "anna", "Zoë"], await NamesAsync(new PageRequest(SortBy: nameof(UserRow.IsActive))));
        Assert.Equal(["Zoë", "boris", "anna"], await NamesAsync(new PageRequest(Descending: true)));
    }

    [Fact]
    public async Task A_new_user_keeps_the_language_and_zone_the_admin_gave()
    {
        await _accounts.CreateAsync("olga", "agent-pass-1", Role.Agent, "ru", "Europe/Moscow");

        var olga = (await _accounts.PageAsync(new PageRequest(Search: "olga"))).Items.Single();

        Assert.Equal(("ru", "Europe/Moscow"), (olga.Language, olga.TimeZone));
    }

    [Fact]
    public async Task An_unknown_zone_is_refused_before_the_user_exists()
    {
        var refused = await Assert.ThrowsAsync<AccountException>(() => _accounts.CreateAsync("olga", "agent-pass-1", Role.Agent, null, "Mars/Olympus"));

        Assert.Equal(AccountError.UnknownTimeZone, refused.Error);
        Assert.Empty(await NamesAsync(new PageRequest(Search: "olga")));
    }

    [Fact]
    public async Task The_setup_language_is_the_first_admins_whoever_was_added_later()
    {
        await _accounts.CreateAsync("boss2", "admin-pass-1", Role.Admin, "ru");

        Assert.Equal("pl", await _accounts.SetupLanguageAsync());
    }
}
