using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Paging;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Directory;

/// <summary>The built-in CRM's employees: who takes calls and who looks after clients.</summary>
public sealed class EmployeeStore(IDbContextFactory<ZadarmaDb> dbFactory, ILogger<EmployeeStore> logger)
{
    /// <summary>An employee was saved, deleted, or linked to a user or unlinked; carries the employee's id.</summary>
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

    /// <summary>One page of the employees grid, searched by name and sorted in the database.</summary>
    public async Task<Page<EmployeeRow>> ListAsync(PageRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Employees.AsNoTracking();
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
            db.Clients.Count(c => c.ResponsibleEmployeeId == e.Id)));

    /// <summary>Folds the names the migration could fold for ASCII letters only.</summary>
    public async Task RefreshSearchTextAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var employee in await db.Employees.ToListAsync(ct))
            employee.SearchText = Employee.ToSearchText(employee.Name);
        await db.SaveChangesAsync(ct);
    }

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
        employee.IsActive = edit.IsActive;
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

    /// <summary>Deletes an employee; the clients they looked after keep no responsible manager.</summary>
    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Clients.Where(c => c.ResponsibleEmployeeId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ResponsibleEmployeeId, (int?)null), ct);
        await db.Employees.Where(e => e.Id == id).ExecuteDeleteAsync(ct);
        logger.LogInformation("Employee {EmployeeId} deleted", id);
        Changed?.Invoke(id);
    }
}

public sealed record EmployeeRow(int Id, string Name, bool IsActive, int? UserId, string? UserName, int ClientCount);

public sealed class EmployeeEdit
{
    public int? Id { get; set; }
    public string Name { get; set; } = "";
    public bool IsActive { get; set; } = true;

    public static EmployeeEdit From(EmployeeRow row) => new() { Id = row.Id, Name = row.Name, IsActive = row.IsActive };
}
