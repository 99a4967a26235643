using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
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
        var rows = await db.Extensions.AsNoTracking()
            .Select(x => new ExtensionRow(x.Number, x.Name, x.EmployeeId, x.Employee == null ? null : x.Employee.Name, x.IsRemoved))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.IsRemoved).ThenBy(r => r.Number.Length).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();
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

    /// <summary>Gives an extension to an employee (or to nobody); an employee keeps at most one extension.</summary>
    /// <exception cref="KeyNotFoundException">The extension or the employee is gone, removed since the list was shown.</exception>
    public async Task MapAsync(string number, int? employeeId, CancellationToken ct = default)
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

public sealed record ExtensionRow(string Number, string? Name, int? EmployeeId, string? EmployeeName, bool IsRemoved);

public sealed record ExtensionMerge(int Added, int Returned, int Removed);
