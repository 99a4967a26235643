using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Accounts;

/// <summary>Everything about user accounts: first-run setup, sign-in with lockout, and what an admin changes.</summary>
public sealed class UserAccounts(
    IDbContextFactory<ZadarmaDb> dbFactory,
    EmployeeStore employees,
    IPasswordHasher<User> hasher,
    TimeProvider clock,
    ILogger<UserAccounts> logger)
{
    // The extended code: the plain one (19) also stands for NOT NULL, CHECK and foreign-key failures.
    private const int SqliteConstraintUnique = 2067;

    private static readonly User NoOne = new() { UserName = "" };

    private volatile bool _hasUsers;
    private readonly UnknownNameLockout _unknownNames = new();

    /// <summary>A hash of a password nobody has, made by the same hasher, so that checking it costs what checking a real one does.</summary>
    private readonly Lazy<string> _standInHash = new(() => hasher.HashPassword(NoOne, Guid.NewGuid().ToString("N")));

    /// <summary>True once the first admin exists; cached because every request asks.</summary>
    public async Task<bool> HasAnyUserAsync(CancellationToken ct = default)
    {
        if (_hasUsers)
            return true;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        _hasUsers = await db.Users.AnyAsync(ct);
        return _hasUsers;
    }

    /// <summary>Creates the first admin; of two setup forms posted at once, exactly one succeeds.</summary>
    /// <param name="language">The language chosen at setup: the admin's, and the demo data's.</param>
    public async Task<User> CreateFirstAdminAsync(string userName, string password, string? language = null, CancellationToken ct = default)
    {
        if (await HasAnyUserAsync(ct))
            throw new AccountException(AccountError.SetupAlreadyDone);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // SQLite begins it IMMEDIATE: a second setup waits for the first to commit, then finds its admin.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Users.AnyAsync(ct))
            throw new AccountException(AccountError.SetupAlreadyDone);
        var user = await AddAsync(db, userName, password, Role.Admin, language, timeZone: null, ct);
        await transaction.CommitAsync(ct);
        _hasUsers = true;
        logger.LogInformation("First administrator {UserName} created", user.UserName);
        return user;
    }

    /// <param name="language">The user's UI language; null follows the browser.</param>
    /// <param name="timeZone">The IANA zone the user reads times in; null follows the browser's.</param>
    public async Task<User> CreateAsync(string userName, string password, Role role, string? language = null, string? timeZone = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await AddAsync(db, userName, password, role, language, timeZone, ct);
        _hasUsers = true;
        logger.LogInformation("User {UserName} created with role {Role}", user.UserName, role);
        return user;
    }

    private async Task<User> AddAsync(ZadarmaDb db, string userName, string password, Role role, string? language, string? timeZone, CancellationToken ct)
    {
        userName = userName?.Trim() ?? "";
        if (userName.Length == 0)
            throw new AccountException(AccountError.UserNameRequired);
        if (PasswordRules.Check(password) is { } error)
            throw new AccountException(error);
        CheckTimeZone(timeZone);

        var normalized = UserNames.Normalize(userName);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, ct))
            throw new AccountException(AccountError.UserNameTaken);

        var user = new User
        {
            UserName = userName,
            NormalizedUserName = normalized,
            Role = role,
            Language = language,
            TimeZone = timeZone,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique })
        {
            // The same name was added between the check and the insert.
            throw new AccountException(AccountError.UserNameTaken);
        }
        return user;
    }

    public async Task<SignInResult> SignInAsync(string userName, string password, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var normalized = UserNames.Normalize(userName);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, ct);
        var now = clock.GetUtcNow().UtcDateTime;

        // Every attempt verifies a password, an unknown name against a stand-in hash: the answer takes as long
        // whether the name exists or not, and says the same (unknown names lock out too).
        var verdict = hasher.VerifyHashedPassword(user ?? NoOne, user?.PasswordHash ?? _standInHash.Value, password ?? "");
        if (user is null)
            return SignInOfUnknown(normalized, now);

        if (user.LockedUntilUtc is { } until && until > now)
            return new(SignInOutcome.LockedOut, LockedUntilUtc: until);

        if (verdict == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= PasswordRules.MaxFailedSignIns)
            {
                user.LockedUntilUtc = now + PasswordRules.LockoutDuration;
                user.FailedSignIns = 0;
                await db.SaveChangesAsync(ct);
                logger.LogWarning("User {UserName} locked out until {LockedUntilUtc}", user.UserName, user.LockedUntilUtc);
                return new(SignInOutcome.LockedOut, LockedUntilUtc: user.LockedUntilUtc);
            }
            await db.SaveChangesAsync(ct);
            logger.LogWarning("Wrong password for {UserName} ({FailedSignIns} in a row)", user.UserName, user.FailedSignIns);
            return new(SignInOutcome.InvalidCredentials);
        }

        // Only someone who knows the password learns that the account is switched off.
        if (!user.IsActive)
            return new(SignInOutcome.Inactive);

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            user.PasswordHash = hasher.HashPassword(user, password!);
        user.FailedSignIns = 0;
        user.LockedUntilUtc = null;
        await db.SaveChangesAsync(ct);
        return new(SignInOutcome.Succeeded, user);
    }

    private SignInResult SignInOfUnknown(string normalizedName, DateTime now)
    {
        if (_unknownNames.LockedUntil(normalizedName, now) is { } locked)
            return new(SignInOutcome.LockedOut, LockedUntilUtc: locked);
        // Not the typed name: a password typed into the name field would land in the log.
        logger.LogWarning("Sign-in refused for an unknown user name");
        return _unknownNames.Fail(normalizedName, now) is { } until
            ? new(SignInOutcome.LockedOut, LockedUntilUtc: until)
            : new(SignInOutcome.InvalidCredentials);
    }

    /// <summary>
    /// Folds the names saved before names were folded in .NET, which the migration could do for ASCII letters only.
    /// Two old names that now fold alike ("Иван", "иван") cannot both be unique: the later one keeps its partial fold
    /// and a warning says which account an admin should rename.
    /// </summary>
    public async Task NormalizeSavedNamesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await db.Users.OrderBy(u => u.Id).ToListAsync(ct);
        var taken = users.Select(u => u.NormalizedUserName).ToHashSet(StringComparer.Ordinal);
        foreach (var user in users)
        {
            var normalized = UserNames.Normalize(user.UserName);
            if (user.NormalizedUserName == normalized)
                continue;
            if (taken.Contains(normalized))
            {
                logger.LogWarning("User {UserId} has the same name as another user but for letter case; rename one of them", user.Id);
                continue;
            }
            taken.Remove(user.NormalizedUserName);
            taken.Add(normalized);
            user.NormalizedUserName = normalized;
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task<User?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
    }

    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ToRows(db, db.Users.AsNoTracking().OrderBy(u => u.UserName)).ToListAsync(ct);
    }

    /// <summary>
    /// One page of users for the admin's grid, sorted by a <see cref="UserRow"/> property, searched by user name or
    /// linked employee's name in any alphabet.
    /// </summary>
    public async Task<Page<UserRow>> PageAsync(PageRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var name = UserNames.Normalize(request.Search);
            var employee = Employee.ToSearchText(request.Search);
            query = query.Where(u => u.NormalizedUserName.Contains(name)
                || db.Employees.Any(e => e.UserId == u.Id && e.SearchText.Contains(employee)));
        }
        var total = await query.CountAsync(ct);
        IOrderedQueryable<User> sorted = (request.SortBy, request.Descending) switch
        {
            // By rank, not by the stored name: "Admin" would come before "Agent".
            (nameof(UserRow.Role), false) => query.OrderBy(u => u.Role == Role.Agent ? 0 : u.Role == Role.Supervisor ? 1 : 2).ThenBy(u => u.NormalizedUserName),
            (nameof(UserRow.Role), true) => query.OrderByDescending(u => u.Role == Role.Agent ? 0 : u.Role == Role.Supervisor ? 1 : 2).ThenBy(u => u.NormalizedUserName),
            (nameof(UserRow.EmployeeName), false) => query.OrderBy(u => db.Employees.Where(e => e.UserId == u.Id).Select(e => e.SearchText).FirstOrDefault()).ThenBy(u => u.NormalizedUserName),
            (nameof(UserRow.EmployeeName), true) => query.OrderByDescending(u => db.Employees.Where(e => e.UserId == u.Id).Select(e => e.SearchText).FirstOrDefault()).ThenBy(u => u.NormalizedUserName),
            (nameof(UserRow.IsActive), false) => query.OrderBy(u => u.IsActive).ThenBy(u => u.NormalizedUserName),
            (nameof(UserRow.IsActive), true) => query.OrderByDescending(u => u.IsActive).ThenBy(u => u.NormalizedUserName),
            (_, true) => query.OrderByDescending(u => u.NormalizedUserName),
            _ => query.OrderBy(u => u.NormalizedUserName),
        };
        var items = await ToRows(db, sorted.ThenBy(u => u.Id).Skip(request.Skip).Take(request.Take)).ToListAsync(ct);
        return new Page<UserRow>(items, total);
    }

    private static IQueryable<UserRow> ToRows(ZadarmaDb db, IQueryable<User> users) =>
        users.Select(u => new UserRow(
            u.Id, u.UserName, u.Role, u.IsActive, u.LockedUntilUtc, u.Language, u.TimeZone,
            db.Employees.Where(e => e.UserId == u.Id).Select(e => (int?)e.Id).FirstOrDefault(),
            db.Employees.Where(e => e.UserId == u.Id).Select(e => e.Name).FirstOrDefault()));

    /// <summary>The language chosen at setup, which the first user (the first administrator) was given; null when none was.</summary>
    public async Task<string?> SetupLanguageAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.OrderBy(u => u.Id).Select(u => u.Language).FirstOrDefaultAsync(ct);
    }

    /// <summary>Saves what an admin changed on a user: role, active flag, linked employee.</summary>
    public async Task UpdateAsync(int id, Role role, bool isActive, int? employeeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new AccountException(AccountError.NotFound);
        var losesAdmin = user.Role == Role.Admin && user.IsActive && (role != Role.Admin || !isActive);
        if (losesAdmin && !await db.Users.AnyAsync(u => u.Id != id && u.Role == Role.Admin && u.IsActive, ct))
            throw new AccountException(AccountError.LastAdmin);

        user.Role = role;
        user.IsActive = isActive;
        if (isActive)
            user.LockedUntilUtc = null;

        var previous = await db.Employees.Where(e => e.UserId == id).ToListAsync(ct);
        var relinked = new List<int>();
        foreach (var employee in previous.Where(e => e.Id != employeeId))
        {
            employee.UserId = null;
            relinked.Add(employee.Id);
        }
        if (employeeId is { } linkedId)
        {
            var employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == linkedId, ct) ?? throw new AccountException(AccountError.NotFound);
            if (employee.UserId is { } other && other != id)
                throw new AccountException(AccountError.EmployeeLinkedElsewhere);
            if (employee.UserId is null)
                relinked.Add(linkedId);
            employee.UserId = id;
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("User {UserName} updated: role {Role}, active {IsActive}, employee {EmployeeId}", user.UserName, role, isActive, employeeId);
        // The user's open tabs listen for popups of the employee they act for: both the one left and the one taken.
        foreach (var relinkedId in relinked)
            employees.AnnounceChanged(relinkedId);
    }

    public async Task ResetPasswordAsync(int id, string password, CancellationToken ct = default)
    {
        if (PasswordRules.Check(password) is { } error)
            throw new AccountException(error);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new AccountException(AccountError.NotFound);
        user.PasswordHash = hasher.HashPassword(user, password);
        user.FailedSignIns = 0;
        user.LockedUntilUtc = null;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Password of {UserName} reset", user.UserName);
    }

    public async Task SetLanguageAsync(int id, string? language, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, language), ct);
    }

    /// <summary>Sets the time zone every time is shown in; null follows the browser's.</summary>
    public async Task SetTimeZoneAsync(int id, string? timeZone, CancellationToken ct = default)
    {
        CheckTimeZone(timeZone);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZone, timeZone), ct);
    }

    private static void CheckTimeZone(string? timeZone)
    {
        if (timeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            throw new AccountException(AccountError.UnknownTimeZone);
    }

    public async Task SetThemeAsync(int id, ThemeChoice theme, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Theme, theme), ct);
    }
}

public sealed record UserRow(
    int Id, string UserName, Role Role, bool IsActive, DateTime? LockedUntilUtc, string? Language, string? TimeZone, int? EmployeeId, string? EmployeeName);
