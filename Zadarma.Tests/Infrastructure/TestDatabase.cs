using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;

namespace Zadarma.Tests.Infrastructure;

/// <summary>A migrated SQLite database in a temporary folder, with the Core services over it.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string folder, IDbContextFactory<ZadarmaDb> factory)
    {
        Folder = folder;
        Factory = factory;
        Settings = new SettingsStore(factory);
        Clients = new ClientStore(factory, Settings, TimeProvider.System, NullLogger<ClientStore>.Instance);
        Employees = new EmployeeStore(factory, NullLogger<EmployeeStore>.Instance);
        Directory = new BuiltInCrmDirectory(factory, Settings);
        Extensions = new ExtensionStore(factory, TimeProvider.System, NullLogger<ExtensionStore>.Instance);
    }

    public string Folder { get; }
    public IDbContextFactory<ZadarmaDb> Factory { get; }
    public SettingsStore Settings { get; }
    public ClientStore Clients { get; }
    public EmployeeStore Employees { get; }
    public BuiltInCrmDirectory Directory { get; }
    public ExtensionStore Extensions { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = TempFolder.Create("db");
        var options = new DbContextOptionsBuilder<ZadarmaDb>().UseSqlite(Database.ConnectionString(folder)).Options;
        var factory = new PooledDbContextFactory<ZadarmaDb>(options);
        await Database.MigrateAsync(factory);
        return new TestDatabase(folder, factory);
    }

    /// <summary>Adds a client as if the user chose to save it; test data shares numbers on purpose, to make ambiguous callers.</summary>
    public async Task<int> AddClientAsync(string name, int? responsible = null, params string[] phones)
    {
        var result = await Clients.SaveAsync(new ClientEdit
        {
            Name = name,
            ResponsibleEmployeeId = responsible,
            Phones = phones.Select(p => new PhoneEdit { Number = p }).ToList(),
            AllowSharedNumbers = true,
        });
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.Id!.Value;
    }

    /// <summary>Puts a call in the journal as the inbox would have written it.</summary>
    public async Task<Call> AddCallAsync(Call call)
    {
        await using var db = await Factory.CreateDbContextAsync();
        db.Calls.Add(call);
        await db.SaveChangesAsync();
        return call;
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempFolder.Delete(Folder);
        return ValueTask.CompletedTask;
    }
}
