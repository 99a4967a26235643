using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Pbx;

/// <summary>The PBX's extensions as last fetched from Zadarma, and which employee answers each.</summary>
public sealed class ExtensionStore(IDbContextFactory<ZadarmaDb> dbFactory, TimeProvider clock, ILogger<ExtensionStore> logger)
{
    /// <summary>Raised after any change, so routing and popups follow at once.</summary>
    public event Action? Changed;

    public async Task<IReadOnlyList<ExtensionRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Rows(db.Extensions.AsNoTracking()).ToListAsync(ct);
        return rows.OrderBy(r => r.IsRemoved).ThenBy(r => r.Number.Length).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// One page of the extensions grid, sorted in the database by <see cref="ExtensionRow.Number"/> (as numbers),
    /// <see cref="ExtensionRow.Name"/> or <see cref="ExtensionRow.EmployeeName"/>; removed extensions come last.
    /// </summary>
    public async Task<Page<ExtensionRow>> ListAsync(PageRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Extensions.AsNoTracking();
        var total = await query.CountAsync(ct);
        var live = query.OrderBy(x => x.IsRemoved);
        var sorted = (request.SortBy, request.Descending) switch
        {
            (nameof(ExtensionRow.Name), false) => live.ThenBy(x => x.Name),
            (nameof(ExtensionRow.Name), true) => live.ThenByDescending(x => x.Name),
            (nameof(ExtensionRow.EmployeeName), false) => live.ThenBy(x => x.Employee == null ? null : x.Employee.SearchText),
            (nameof(ExtensionRow.EmployeeName), true) => live.ThenByDescending(x => x.Employee == null ? null : x.Employee.SearchText),
            (_, true) => live.ThenByDescending(x => x.Number.Length).ThenByDescending(x => x.Number),
            _ => live.ThenBy(x => x.Number.Length).ThenBy(x => x.Number),
        };
        var items = await Rows(sorted.ThenBy(x => x.Id).Skip(request.Skip).Take(request.Take)).ToListAsync(ct);
        return new Page<ExtensionRow>(items, total);
    }

    private static IQueryable<ExtensionRow> Rows(IQueryable<Extension> extensions) =>
        extensions.Select(x => new ExtensionRow(x.Number, x.Name, x.EmployeeId, x.Employee == null ? null : x.Employee.Name, x.IsRemoved,
            x.Employee == null || x.Employee.IsActive));

    /// <summary>
    /// Active employees whose name contains <paramref name="search"/>, for the picker that links an extension to
    /// one, each with the extension they answer now, if any.
    /// </summary>
    public async Task<IReadOnlyList<ExtensionEmployee>> FindEmployeesAsync(string? search, int take = 20, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var employees = db.Employees.AsNoTracking().Where(e => e.IsActive);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = Employee.ToSearchText(search);
            employees = employees.Where(e => e.SearchText.Contains(text));
        }
        return await employees.OrderBy(e => e.SearchText).ThenBy(e => e.Id).Take(take)
            .Select(e => new ExtensionEmployee(e.Id, e.Name,
                db.Extensions.Where(x => x.EmployeeId == e.Id && !x.IsRemoved).Select(x => x.Number).FirstOrDefault()))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Merges a fresh fetch: mappings of extensions still there are kept, new ones appear unmapped,
    /// ones gone from Zadarma are marked removed (never deleted: the journal keeps their names).
    /// </summary>
    public async Task<ExtensionMerge> MergeAsync(IReadOnlyCollection<FetchedExtension> fetched, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Extensions.ToDictionaryAsync(x => x.Number, ct);
        var fetchedNumbers = fetched.Select(f => f.Number).ToHashSet();
        int added = 0, returned = 0, removed = 0;

        foreach (var extension in fetched)
        {
            if (existing.TryGetValue(extension.Number, out var known))
            {
                if (known.IsRemoved)
                    returned++;
                known.IsRemoved = false;
                known.Name = extension.Name ?? known.Name;
                known.FetchedUtc = now;
            }
            else
            {
                db.Extensions.Add(new Extension { Number = extension.Number, Name = extension.Name, FetchedUtc = now });
                added++;
            }
        }
        foreach (var gone in existing.Values.Where(x => !x.IsRemoved && !fetchedNumbers.Contains(x.Number)))
        {
            gone.IsRemoved = true;
            removed++;
        }
        await db.SaveChangesAsync(ct);

        logger.LogInformation("PBX extensions merged: {Added} new, {Returned} back, {Removed} removed, {Total} fetched", added, returned, removed, fetched.Count);
        Changed?.Invoke();
        return new ExtensionMerge(added, returned, removed);
    }

    /// <summary>
    /// Gives an extension to an employee (or to nobody). An employee answers at most one extension: one who already
    /// answers another is refused unless <paramref name="takeFromOther"/> says to move them; an extension gone from
    /// Zadarma lets its employee go without asking.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The extension or the employee is gone, removed since the list was shown.</exception>
    /// <exception cref="EmployeeHasExtensionException">The employee answers another extension, and moving them was not asked for.</exception>
    public async Task MapAsync(string number, int? employeeId, bool takeFromOther = false, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var extension = await db.Extensions.SingleOrDefaultAsync(x => x.Number == number, ct)
            ?? throw new KeyNotFoundException($"Extension {number} does not exist.");
        if (employeeId is { } id)
        {
            // Inside the transaction, which SQLite opens with the write lock: the employee cannot go before the save.
            if (!await db.Employees.AnyAsync(e => e.Id == id, ct))
                throw new KeyNotFoundException($"Employee {id} does not exist.");
            var other = await db.Extensions.AsNoTracking()
                .Where(x => x.EmployeeId == id && x.Number != number && !x.IsRemoved)
                .Select(x => x.Number)
                .FirstOrDefaultAsync(ct);
            if (other is not null && !takeFromOther)
                throw new EmployeeHasExtensionException(other);
            await db.Extensions.Where(x => x.EmployeeId == id && x.Number != number)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EmployeeId, (int?)null), ct);
        }
        extension.EmployeeId = employeeId;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        logger.LogInformation("Extension {Extension} mapped to employee {EmployeeId}", number, employeeId);
        Changed?.Invoke();
    }

    public async Task<string?> GetExtensionOfEmployeeAsync(int employeeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Extensions.AsNoTracking()
            .Where(x => x.EmployeeId == employeeId && !x.IsRemoved)
            .Select(x => x.Number)
            .FirstOrDefaultAsync(ct);
    }
}

public sealed record FetchedExtension(string Number, string? Name);

/// <param name="EmployeeIsActive">False when the linked employee was deactivated: the extension still rings them.</param>
public sealed record ExtensionRow(string Number, string? Name, int? EmployeeId, string? EmployeeName, bool IsRemoved, bool EmployeeIsActive = true);

/// <summary>An employee who can be linked to an extension, and the live extension they answer now.</summary>
public sealed record ExtensionEmployee(int Id, string Name, string? Extension);

public sealed record ExtensionMerge(int Added, int Returned, int Removed);
