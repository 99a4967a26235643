using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Persistence;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Accounts;

public sealed class UserAccountsTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private UserAccounts _accounts = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _accounts = new UserAccounts(_db.Factory, _db.Employees, QuickPasswordHasher.Create(), _clock, NullLogger<UserAccounts>.Instance);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_first_admin_can_be_created_once()
    {
        Assert.False(await _accounts.HasAnyUserAsync());
        var admin = await _accounts.CreateFirstAdminAsync("admin", "first-pass-1");
        Assert.Equal(Role.Admin, admin.Role);
        Assert.True(await _accounts.HasAnyUserAsync());

        var again = await Assert.ThrowsAsync<AccountException>(() => _accounts.CreateFirstAdminAsync("second", "first-pass-1"));
        Assert.Equal(AccountError.SetupAlreadyDone, again.Error);
    }

    [Fact]
    public async Task Concurrent_setups_make_exactly_one_admin()
    {
        // Separate services, as two app processes on one database would be: no shared in-memory state.
        var setups = Enumerable.Range(0, 8).Select(async i =>
        {
            var accounts = new UserAccounts(_db.Factory, new EmployeeStore(_db.Factory, NullLogger<EmployeeStore>.Instance), QuickPasswordHasher.Create(), _clock, NullLogger<UserAccounts>.Instance);
            try
            {
                await accounts.CreateFirstAdminAsync($"admin{i}", "first-pass-1");
                return (AccountError?)null;
            }
            catch (AccountException e)
            {
                return e.Error;
            }
        });

        var outcomes = await Task.WhenAll(setups);

        Assert.Single(outcomes, o => o is null);
        Assert.All(outcomes.Where(o => o is not null), o => Assert.Equal(AccountError.SetupAlreadyDone, o));
        Assert.Single(await _accounts.ListAsync());
    }

    [Fact]
    public async Task Passwords_are_stored_hashed_and_verified()
    {
        var user = await _accounts.CreateAsync("agent", "agent-pass-1", Role.Agent);
        Assert.DoesNotContain("agent-pass-1", user.PasswordHash);

        Assert.True((await _accounts.SignInAsync("AGENT", "agent-pass-1")).Succeeded);
        Assert.Equal(SignInOutcome.InvalidCredentials, (await _accounts.SignInAsync("agent", "wrong-pass-1")).Outcome);
        Assert.Equal(SignInOutcome.InvalidCredentials, (await _accounts.SignInAsync("nobody", "agent-pass-1")).Outcome);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_for_a_while()
    {
        await _accounts.CreateAsync("agent", "agent-pass-1", Role.Agent);
        for (var i = 1; i < PasswordRules.MaxFailedSignIns; i++)
            Assert.Equal(SignInOutcome.InvalidCredentials, (await _accounts.SignInAsync("agent", "wrong")).Outcome);

        Assert.Equal(SignInOutcome.LockedOut, (await _accounts.SignInAsync("agent", "wrong")).Outcome);
        // Even the right password waits out the lockout.
        Assert.Equal(SignInOutcome.LockedOut, (await _accounts.SignInAsync("agent", "agent-pass-1")).Outcome);

        _clock.Advance(PasswordRules.LockoutDuration + TimeSpan.FromSeconds(1));
        Assert.True((await _accounts.SignInAsync("agent", "agent-pass-1")).Succeeded);
    }

    [Fact]
    public async Task An_unknown_name_gets_the_same_answers_as_a_known_one_with_a_wrong_password()
    {
        await _accounts.CreateAsync("agent", "agent-pass-1", Role.Agent);
        for (var i = 1; i < PasswordRules.MaxFailedSignIns; i++)
        {
            Assert.Equal(SignInOutcome.InvalidCredentials, (await _accounts.SignInAsync("agent", "wrong")).Outcome);
            Assert.Equal(SignInOutcome.InvalidCredentials, (await _accounts.SignInAsync("nobody", "wrong")).Outcome);
        }

        var known = await _accounts.SignInAsync("agent", "wrong");
        var unknown = await _accounts.SignInAsync("NOBODY ", "wrong");
        Assert.Equal(SignInOutcome.LockedOut, known.Outcome);
        Assert.Equal(SignInOutcome.LockedOut, unknown.Outcome);
        Assert.Equal(known.LockedUntilUtc, unknown.LockedUntilUtc);
        Assert.Equal(SignInOutcome.LockedOut, (await _accounts.SignInAsync("nobody", "agent-pass-1")).Outcome);

        _clock.Advance(PasswordRules.LockoutDuration + TimeSpan.FromSeconds(1));
        Assert.Equal(SignInOutcome.InvalidCredentials, (await _accounts.SignInAsync("nobody", "wrong")).Outcome);
    }

    [Fact]
    public async Task Every_sign_in_checks_one_password_whether_the_name_exists_or_not()
    {
        var hasher = new CountingHasher();
        var accounts = new UserAccounts(_db.Factory, _db.Employees, hasher, _clock, NullLogger<UserAccounts>.Instance);
        await accounts.CreateAsync("agent", "agent-pass-1", Role.Agent);
        for (var i = 0; i < PasswordRules.MaxFailedSignIns; i++)
            await accounts.SignInAsync("agent", "wrong");
        hasher.Verified = 0;

        await accounts.SignInAsync("nobody", "wrong");
        Assert.Equal(1, hasher.Verified);
        await accounts.SignInAsync("agent", "wrong");
        Assert.Equal(2, hasher.Verified);
        await accounts.SignInAsync("agent", "agent-pass-1");
        Assert.Equal(3, hasher.Verified);
    }

    [Fact]
    public async Task A_deactivated_account_is_named_only_to_someone_with_its_password()
    {
        await _accounts.CreateFirstAdminAsync("admin", "first-pass-1");
        var agent = await _accounts.CreateAsync("agent", "agent-pass-1", Role.Agent);
        await _accounts.UpdateAsync(agent.Id, Role.Agent, isActive: false, employeeId: null);

        Assert.Equal(SignInOutcome.InvalidCredentials, (await _accounts.SignInAsync("agent", "wrong-pass-1")).Outcome);
        Assert.Equal(SignInOutcome.Inactive, (await _accounts.SignInAsync("agent", "agent-pass-1")).Outcome);
    }

    [Fact]
    public void Names_sprayed_past_the_capacity_push_out_the_oldest()
    {
        var lockout = new UnknownNameLockout(capacity: 2);
        var now = new DateTime(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < PasswordRules.MaxFailedSignIns; i++)
            lockout.Fail("first", now);
        Assert.NotNull(lockout.LockedUntil("first", now));

        lockout.Fail("second", now.AddSeconds(1));
        lockout.Fail("third", now.AddSeconds(2));

        Assert.Null(lockout.LockedUntil("first", now.AddSeconds(3)));
    }

    /// <summary>The app's hasher, counting how often a password is checked.</summary>
    private sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _inner = new();

        public int Verified { get; set; }

        public string HashPassword(User user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Verified++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task A_success_resets_the_failure_count()
    {
        await _accounts.CreateAsync("agent", "agent-pass-1", Role.Agent);
        for (var i = 1; i < PasswordRules.MaxFailedSignIns; i++)
            await _accounts.SignInAsync("agent", "wrong");
        Assert.True((await _accounts.SignInAsync("agent", "agent-pass-1")).Succeeded);
        Assert.Equal(SignInOutcome.InvalidCredentials, (await _accounts.SignInAsync("agent", "wrong")).Outcome);
    }

    [Fact]
    public async Task Deactivated_users_cannot_sign_in()
    {
        await _accounts.CreateFirstAdminAsync("admin", "first-pass-1");
        var agent = await _accounts.CreateAsync("agent", "agent-pass-1", Role.Agent);
        await _accounts.UpdateAsync(agent.Id, Role.Agent, isActive: false, employeeId: null);

        Assert.Equal(SignInOutcome.Inactive, (await _accounts.SignInAsync("agent", "agent-pass-1")).Outcome);
    }

    [Fact]
    public async Task The_last_active_admin_cannot_be_demoted()
    {
        var admin = await _accounts.CreateFirstAdminAsync("admin", "first-pass-1");
        var error = await Assert.ThrowsAsync<AccountException>(() => _accounts.UpdateAsync(admin.Id, Role.Agent, true, null));
        Assert.Equal(AccountError.LastAdmin, error.Error);
    }

    [Fact]
    public async Task Duplicate_user_names_are_refused_whatever_the_case()
    {
        await _accounts.CreateAsync("Olga", "agent-pass-1", Role.Agent);
        var error = await Assert.ThrowsAsync<AccountException>(() => _accounts.CreateAsync("olga", "agent-pass-1", Role.Agent));
        Assert.Equal(AccountError.UserNameTaken, error.Error);
    }

    [Theory]
    [InlineData("Иван", "иван", "ИВАН")]
    [InlineData("Łukasz", "łukasz", "ŁUKASZ")]
    public async Task Names_in_any_alphabet_sign_in_whatever_the_case(string name, string lower, string upper)
    {
        await _accounts.CreateAsync(name, "agent-pass-1", Role.Agent);

        Assert.True((await _accounts.SignInAsync(name, "agent-pass-1")).Succeeded);
        Assert.True((await _accounts.SignInAsync(lower, "agent-pass-1")).Succeeded);
        Assert.True((await _accounts.SignInAsync($" {upper} ", "agent-pass-1")).Succeeded);
    }

    [Theory]
    [InlineData("Иван", "иван")]
    [InlineData("Łukasz", "ŁUKASZ")]
    public async Task Names_in_any_alphabet_are_unique_whatever_the_case(string name, string other)
    {
        await _accounts.CreateAsync(name, "agent-pass-1", Role.Agent);

        var error = await Assert.ThrowsAsync<AccountException>(() => _accounts.CreateAsync(other, "agent-pass-1", Role.Agent));

        Assert.Equal(AccountError.UserNameTaken, error.Error);
    }

    [Fact]
    public async Task Names_saved_before_folding_sign_in_after_the_upgrade()
    {
        var folder = TempFolder.Create("db");
        try
        {
            var options = new DbContextOptionsBuilder<ZadarmaDb>().UseSqlite(Database.ConnectionString(folder)).Options;
            var factory = new PooledDbContextFactory<ZadarmaDb>(options);
            await using (var db = await factory.CreateDbContextAsync())
            {
                await db.GetService<IMigrator>().MigrateAsync("20261122000500_Recordings");
                var hash = QuickPasswordHasher.Create().HashPassword(null!, "agent-pass-1");
                foreach (var name in new[] { "Admin", "Łukasz", "Иван", "иван" })
                {
                    await db.Database.ExecuteSqlAsync($"""
                        INSERT INTO Users (UserName, PasswordHash, Role, IsActive, FailedSignIns, CreatedUtc)
                        VALUES ({name}, {hash}, 'Agent', 1, 0, '2026-01-01 00:00:00')
                        """);
                }
            }
            await Database.MigrateAsync(factory);
            var accounts = new UserAccounts(factory, new EmployeeStore(factory, NullLogger<EmployeeStore>.Instance), QuickPasswordHasher.Create(), _clock, NullLogger<UserAccounts>.Instance);

            await accounts.NormalizeSavedNamesAsync();

            Assert.True((await accounts.SignInAsync("admin", "agent-pass-1")).Succeeded);
            Assert.True((await accounts.SignInAsync("ŁUKASZ", "agent-pass-1")).Succeeded);
            Assert.Equal("Иван", (await accounts.SignInAsync("ИВАН", "agent-pass-1")).User?.UserName);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.Delete(folder);
        }
    }

    [Fact]
    public async Task Linking_a_user_announces_the_employee_left_and_the_one_taken()
    {
        await _accounts.CreateFirstAdminAsync("admin", "first-pass-1");
        var olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        var ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan" });
        var agent = await _accounts.CreateAsync("agent", "agent-pass-1", Role.Agent);
        var announced = new List<int>();
        _db.Employees.Changed += announced.Add;

        await _accounts.UpdateAsync(agent.Id, Role.Agent, true, olga);
        // A save that keeps the link announces nothing.
        await _accounts.UpdateAsync(agent.Id, Role.Agent, false, olga);
        await _accounts.UpdateAsync(agent.Id, Role.Agent, true, ivan);
        await _accounts.UpdateAsync(agent.Id, Role.Agent, true, null);

        Assert.Equal([olga, olga, ivan, ivan], announced);
    }

    [Fact]
    public async Task An_employee_acts_for_one_user_only()
    {
        await _accounts.CreateFirstAdminAsync("admin", "first-pass-1");
        var employee = await _db.Employees.SaveAsync(new Core.Directory.EmployeeEdit { Name = "Olga" });
        var first = await _accounts.CreateAsync("olga", "agent-pass-1", Role.Agent);
        var second = await _accounts.CreateAsync("olga2", "agent-pass-1", Role.Agent);

        await _accounts.UpdateAsync(first.Id, Role.Agent, true, employee);
        var error = await Assert.ThrowsAsync<AccountException>(() => _accounts.UpdateAsync(second.Id, Role.Agent, true, employee));
        Assert.Equal(AccountError.EmployeeLinkedElsewhere, error.Error);
        Assert.Equal(employee, (await _db.Directory.GetEmployeeOfUserAsync(first.Id))?.Id);
    }
}
