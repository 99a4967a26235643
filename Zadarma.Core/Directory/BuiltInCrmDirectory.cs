using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;

namespace Zadarma.Core.Directory;

/// <summary>The directory on the app's own Clients and Employees tables.</summary>
public sealed class BuiltInCrmDirectory(IDbContextFactory<ZadarmaDb> dbFactory, SettingsStore settings) : ICrmDirectory
{
    public async Task<IReadOnlyList<DirectoryClient>> FindClientsByPhoneAsync(PhoneNumber number, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var exact = await db.ClientPhones.AsNoTracking()
            .Where(p => p.E164 == number.E164)
            .Select(p => new DirectoryClient(p.ClientId, p.Client!.Name, p.Client.Company, p.Client.ResponsibleEmployeeId, p.E164, PhoneMatch.Exact))
            .ToListAsync(ct);
        if (exact.Count > 0)
            return Distinct(exact);

        var digits = (await settings.GetAsync(ct)).PhoneSuffixDigits;
        var (from, to) = SuffixRange(number, digits);
        var suffix = await db.ClientPhones.AsNoTracking()
            .Where(p => string.Compare(p.ReversedDigits, from) >= 0 && string.Compare(p.ReversedDigits, to) < 0)
            .Select(p => new DirectoryClient(p.ClientId, p.Client!.Name, p.Client.Company, p.Client.ResponsibleEmployeeId, p.E164, PhoneMatch.Suffix))
            .Take(50)
            .ToListAsync(ct);
        return Distinct(suffix);
    }

    /// <summary>The reversed-digit range holding every number that ends with the same last N digits.</summary>
    internal static (string From, string To) SuffixRange(PhoneNumber number, int digits)
    {
        var reversed = number.ReversedDigits;
        var prefix = reversed[..Math.Min(digits, reversed.Length)];
        // ':' sorts right after '9', so [prefix, prefix + ':') is every string starting with prefix.
        return (prefix, prefix + ":");
    }

    private static IReadOnlyList<DirectoryClient> Distinct(List<DirectoryClient> matches) =>
        matches.DistinctBy(m => m.Id).ToList();

    public async Task<DirectoryEmployee?> GetResponsibleEmployeeAsync(int clientId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Clients.AsNoTracking()
            .Where(c => c.Id == clientId && c.ResponsibleEmployee != null)
            .Select(c => new DirectoryEmployee(c.ResponsibleEmployee!.Id, c.ResponsibleEmployee.Name, c.ResponsibleEmployee.UserId, c.ResponsibleEmployee.IsActive))
            .SingleOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<DirectoryEmployee>> ListEmployeesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Employees.AsNoTracking()
            .OrderBy(e => e.Name)
            .Select(e => new DirectoryEmployee(e.Id, e.Name, e.UserId, e.IsActive))
            .ToListAsync(ct);
    }

    public async Task<DirectoryEmployee?> GetEmployeeOfUserAsync(int userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Employees.AsNoTracking()
            .Where(e => e.UserId == userId)
            .Select(e => new DirectoryEmployee(e.Id, e.Name, e.UserId, e.IsActive))
            .FirstOrDefaultAsync(ct);
    }
}
