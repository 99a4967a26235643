using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;

namespace Zadarma.Core.Routing;

/// <summary>
/// What routing knows without asking the database: every client's numbers and manager (<see cref="CallerIndex"/>)
/// and each active employee's extension. Loaded at start-up and kept fresh as clients, employees, extensions
/// and settings change, so a decision never waits on a query and never needs a restart.
/// </summary>
public sealed class RoutingDirectory : IHostedService
{
    private readonly IDbContextFactory<ZadarmaDb> _dbFactory;
    private readonly ClientStore _clients;
    private readonly EmployeeStore _employees;
    private readonly ExtensionStore _extensions;
    private readonly SettingsStore _settings;
    private readonly ILogger<RoutingDirectory> _logger;
    private CallerIndex _callers = new(9);
    private volatile ExtensionMap _extensionMap = new(new Dictionary<int, string>(), new Dictionary<string, int>());

    public RoutingDirectory(IDbContextFactory<ZadarmaDb> dbFactory, ClientStore clients, EmployeeStore employees,
        ExtensionStore extensions, SettingsStore settings, ILogger<RoutingDirectory> logger)
    {
        (_dbFactory, _clients, _employees, _extensions, _settings, _logger) = (dbFactory, clients, employees, extensions, settings, logger);
    }

    public int ClientCount => _callers.Count;

    public IReadOnlyList<IndexedClient> FindCallers(PhoneNumber number) => _callers.Find(number);

    /// <summary>The extension of an active employee, if one is mapped and still exists in the PBX.</summary>
    public string? ExtensionOf(int employeeId) => _extensionMap.ByEmployee.GetValueOrDefault(employeeId);

    /// <summary>The active employee an extension is mapped to, if any.</summary>
    public int? EmployeeOf(string extension) => _extensionMap.ByNumber.TryGetValue(extension, out var id) ? id : null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        PhoneNumber.Prepare(await _settings.GetDefaultCountryAsync(cancellationToken));
        _clients.Changed += RefreshClient;
        _employees.Changed += RefreshEmployee;
        _extensions.Changed += RefreshExtensions;
        _settings.Changed += RefreshSettings;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _clients.Changed -= RefreshClient;
        _employees.Changed -= RefreshEmployee;
        _extensions.Changed -= RefreshExtensions;
        _settings.Changed -= RefreshSettings;
        return Task.CompletedTask;
    }

    public async Task LoadAsync(CancellationToken ct = default)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var callers = new CallerIndex((await _settings.GetAsync(ct)).PhoneSuffixDigits, await db.ClientPhones.CountAsync(ct));
        var rows = db.ClientPhones.AsNoTracking()
            .OrderBy(p => p.ClientId)
            .Select(p => new { p.ClientId, p.Client!.Name, p.Client.ResponsibleEmployeeId, p.E164 })
            .AsAsyncEnumerable();

        int? current = null;
        string name = "";
        int? manager = null;
        var phones = new List<long>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (row.ClientId != current)
            {
                if (current is { } id)
                    callers.Put(new IndexedClient(id, name, manager, [.. phones]));
                (current, name, manager) = (row.ClientId, row.Name, row.ResponsibleEmployeeId);
                phones.Clear();
            }
            phones.Add(IndexedClient.Digits(row.E164));
        }
        if (current is { } last)
            callers.Put(new IndexedClient(last, name, manager, [.. phones]));

        _callers = callers;
        _extensionMap = LoadExtensions(db);
        _logger.LogInformation("Routing directory loaded: {Clients} clients, {Extensions} mapped extensions in {Elapsed} ms",
            callers.Count, _extensionMap.ByEmployee.Count, started.ElapsedMilliseconds);
    }

    private static ExtensionMap LoadExtensions(ZadarmaDb db)
    {
        var mapped = db.Extensions.AsNoTracking()
            .Where(x => x.EmployeeId != null && !x.IsRemoved && x.Employee!.IsActive)
            .Select(x => new { EmployeeId = x.EmployeeId!.Value, x.Number })
            .ToList();
        return new ExtensionMap(mapped.ToDictionary(x => x.EmployeeId, x => x.Number), mapped.ToDictionary(x => x.Number, x => x.EmployeeId));
    }

    /// <summary>Both directions of the mapping, swapped as one so a reader never sees half of a change.</summary>
    private sealed record ExtensionMap(IReadOnlyDictionary<int, string> ByEmployee, IReadOnlyDictionary<string, int> ByNumber);

    // The stores raise their events after committing; SQLite answers these one-row queries in well under a millisecond,
    // so the index is current before the store's caller goes on.
    private void RefreshClient(int clientId)
    {
        try
        {
            using var db = _dbFactory.CreateDbContext();
            var client = db.Clients.AsNoTracking().Where(c => c.Id == clientId)
                .Select(c => new { c.Name, c.ResponsibleEmployeeId, Phones = c.Phones.Select(p => p.E164).ToList() })
                .SingleOrDefault();
            if (client is null || client.Phones.Count == 0)
                _callers.Remove(clientId);
            else
                _callers.Put(new IndexedClient(clientId, client.Name, client.ResponsibleEmployeeId, client.Phones.Select(IndexedClient.Digits).ToArray()));
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Routing directory could not refresh client {ClientId}", clientId);
        }
    }

    private void RefreshEmployee(int employeeId)
    {
        try
        {
            using var db = _dbFactory.CreateDbContext();
            if (!db.Employees.Any(e => e.Id == employeeId))
                _callers.ClearManager(employeeId);
            _extensionMap = LoadExtensions(db);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Routing directory could not refresh employee {EmployeeId}", employeeId);
        }
    }

    private void RefreshExtensions()
    {
        try
        {
            using var db = _dbFactory.CreateDbContext();
            _extensionMap = LoadExtensions(db);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Routing directory could not refresh the extensions");
        }
    }

    private void RefreshSettings(AppSettings settings) => _callers.SetSuffixDigits(settings.PhoneSuffixDigits);
}
