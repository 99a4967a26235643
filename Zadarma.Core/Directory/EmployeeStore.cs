using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Paging;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Directory;

/// <summary>
/// The built-in CRM's employees: who takes calls and who looks after clients. Employees are deactivated, never deleted:
/// the journal names them on every call they took, and their clients keep them as manager until someone else is chosen.
/// </summary>
public sealed class EmployeeStore(IDbContextFactory<ZadarmaDb> dbFactory, ILogger<EmployeeStore> logger)
{
    /// <summary>An employee was saved, deactivated or reactivated, or linked to a user or unlinked; carries the employee's id.</summary>
    public event Action<int>? Changed;

    /// <summary>Announces an employee changed elsewhere: the user accounts link users to employees too.</summary>
    internal void AnnounceChanged(int employeeId) => Changed?.Invoke(employeeId);

    public async Task<IReadOnlyList<EmployeeRow>> ListAsync(bool activeOnly = false, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var employees = db.Employees.AsNoTracking()
            .Where(e => !activeOnly || e.IsActive)
            .OrderBy(e => e.Name);
        return await ToRows(db, employees).ToListAsync(ct);
    }

    /// <summary>One page of the employees grid, searched by name, filtered by status and sorted in the database.</summary>
    public async Task<Page<EmployeeRow>> ListAsync(PageRequest request, EmployeeStatus? status = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Employees.AsNoTracking();
        if (status is { } wanted)
            query = query.Where(e => e.IsActive == (wanted == EmployeeStatus.Active));
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var text = Employee.ToSearchText(request.Search);
            query = query.Where(e => e.SearchText.Contains(text));
        }

        var total = await query.CountAsync(ct);
        query = (request.SortBy, request.Descending) switch
        {
            (nameof(EmployeeRow.UserName), false) => query.OrderBy(e => e.User!.UserName).ThenBy(e => e.Id),
            (nameof(EmployeeRow.UserName), true) => query.OrderByDescending(e => e.User!.UserName).ThenBy(e => e.Id),
            (nameof(EmployeeRow.ClientCount), false) => query.OrderBy(e => db.Clients.Count(c => c.ResponsibleEmployeeId == e.Id)).ThenBy(e => e.Id),
            (nameof(EmployeeRow.ClientCount), true) => query.OrderByDescending(e => db.Clients.Count(c => c.ResponsibleEmployeeId == e.Id)).ThenBy(e => e.Id),
            (nameof(EmployeeRow.IsActive), false) => query.OrderBy(e => e.IsActive).ThenBy(e => e.Name).ThenBy(e => e.Id),
            (nameof(EmployeeRow.IsActive), true) => query.OrderByDescending(e => e.IsActive).ThenBy(e => e.Name).ThenBy(e => e.Id),
            (_, true) => query.OrderByDescending(e => e.Name).ThenBy(e => e.Id),
            _ => query.OrderBy(e => e.Name).ThenBy(e => e.Id),
        };

        var items = await ToRows(db, query.Skip(request.Skip).Take(request.Take)).ToListAsync(ct);
        return new Page<EmployeeRow>(items, total);
    }

    private static IQueryable<EmployeeRow> ToRows(ZadarmaDb db, IQueryable<Employee> employees) =>
        employees.Select(e => new EmployeeRow(e.Id, e.Name, e.IsActive, e.UserId, e.User == null ? null : e.User.UserName,
            db.Clients.Count(c => c.ResponsibleEmployeeId == e.Id),
            db.Extensions.Where(x => x.EmployeeId == e.Id && !x.IsRemoved).Select(x => x.Number).FirstOrDefault()));

    public async Task<EmployeeRow?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ToRows(db, db.Employees.AsNoTracking().Where(e => e.Id == id)).SingleOrDefaultAsync(ct);
    }

    /// <summary>Folds the names the migration could fold for ASCII letters only.</summary>
    public async Task RefreshSearchTextAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var employee in await db.Employees.ToListAsync(ct))
            employee.SearchText = Employee.ToSearchText(employee.Name);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Saves an employee's details; a new one starts active. Deactivation has its own choices: <see cref="DeactivateAsync"/>.</summary>
    public async Task<int> SaveAsync(EmployeeEdit edit, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(edit.Name))
            throw new ArgumentException("An employee needs a name.", nameof(edit));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Employee employee;
        if (edit.Id is { } id)
        {
            employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw new KeyNotFoundException($"Employee {id} does not exist.");
        }
        else
        {
            employee = new Employee { Name = "" };
            db.Employees.Add(employee);
        }
        employee.Name = edit.Name.Trim();
        employee.SearchText = Employee.ToSearchText(employee.Name);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Employee {EmployeeId} saved, active {IsActive}", employee.Id, employee.IsActive);
        Changed?.Invoke(employee.Id);
        return employee.Id;
    }

    /// <summary>Makes the user act for the employee, unless either acts for someone already.</summary>
    public async Task<bool> LinkUserAsync(int userId, int employeeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Employees.AnyAsync(e => e.UserId == userId, ct))
            return false;
        var linked = await db.Employees.Where(e => e.Id == employeeId && e.UserId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.UserId, userId), ct) == 1;
        if (linked)
            Changed?.Invoke(employeeId);
        return linked;
    }

    /// <summary>
    /// Takes an employee off duty: routing passes them by and they leave the pick lists, while every call keeps their
    /// name, their clients keep them as manager and a linked user keeps the link. Their extension stays theirs, ready
    /// for their return, unless the admin frees it for someone else.
    /// </summary>
    /// <returns>The extension freed, if one was.</returns>
    /// <exception cref="KeyNotFoundException">No such employee.</exception>
    public async Task<string?> DeactivateAsync(int id, bool freeExtension, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw new KeyNotFoundException($"Employee {id} does not exist.");
        employee.IsActive = false;
        // An employee has at most one extension (see ExtensionStore.MapAsync); one gone from the PBX is nobody's to free.
        var extension = freeExtension ? await db.Extensions.SingleOrDefaultAsync(x => x.EmployeeId == id && !x.IsRemoved, ct) : null;
        if (extension is not null)
            extension.EmployeeId = null;
        await db.SaveChangesAsync(ct);

        logger.LogInformation("Employee {EmployeeId} deactivated, user {UserId} stays linked, extension freed {FreedExtension}",
            id, employee.UserId, extension?.Number);
        Changed?.Invoke(id);
        return extension?.Number;
    }

    /// <summary>Puts an employee back on duty, with the extension they kept, if any.</summary>
    /// <exception cref="KeyNotFoundException">No such employee.</exception>
    public async Task ReactivateAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Employees.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.IsActive, true), ct) == 0)
            throw new KeyNotFoundException($"Employee {id} does not exist.");
        logger.LogInformation("Employee {EmployeeId} reactivated", id);
        Changed?.Invoke(id);
    }
}

/// <param name="Extension">The PBX extension mapped to the employee, if any.</param>
public sealed record EmployeeRow(int Id, string Name, bool IsActive, int? UserId, string? UserName, int ClientCount, string? Extension);

/// <summary>Which employees a list shows.</summary>
public enum EmployeeStatus
{
    Active,
    Deactivated,
}

public sealed class EmployeeEdit
{
    public int? Id { get; set; }
    public string Name { get; set; } = "";

    public static EmployeeEdit From(EmployeeRow row) => new() { Id = row.Id, Name = row.Name };
}
