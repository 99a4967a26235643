using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Persistence;

/// <summary>The first release with generated migrations starts on a data folder of the release before it.</summary>
public sealed class UpgradeFromLastReleaseTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync() => LastReleaseDataFolder.CreateAsync(_app.DataPath);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Every_row_keeps_its_values_and_the_secret_and_passwords_still_work()
    {
        var connectionString = Database.ConnectionString(_app.DataPath);
        var before = await TableRows.ReadAsync(connectionString);
        SqliteConnection.ClearAllPools();
        foreach (var table in new[] { "Users", "Employees", "Clients", "ClientPhones", "Extensions", "Calls", "InboxEvents", "UnverifiedEvents", "RecordingAudits", "Settings" })
            Assert.Contains(before, line => line.StartsWith(table + "[", StringComparison.Ordinal));

        // The first use starts the app, which migrates the folder before it serves.
        await using (var db = await _app.Get<IDbContextFactory<ZadarmaDb>>().CreateDbContextAsync())
        {
            Assert.Contains(LastReleaseDataFolder.LastMigration, await db.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        Assert.Empty(before.Except(await TableRows.ReadAsync(connectionString)));

        var credentials = await _app.Get<ZadarmaConnection>().GetCredentialsAsync(CancellationToken.None);
        Assert.Equal(LastReleaseDataFolder.ApiKey, credentials.Key);
        Assert.Equal(LastReleaseDataFolder.ApiSecret, credentials.Secret);

        var admin = await _app.SignInAsync("admin", LastReleaseDataFolder.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/settings")).StatusCode);
        var agent = await _app.SignInAsync(LastReleaseDataFolder.AgentName, LastReleaseDataFolder.AgentPassword);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/calls")).StatusCode);
    }

    [Fact]
    public async Task Every_existing_call_is_found_by_its_employees_clients_last_digits_and_search_and_sorts_by_its_clients_name()
    {
        var calls = _app.Get<Zadarma.Core.Calls.CallList>();

        Assert.Equal(["in_1700000000.1", "out_1700000500.2"], await PbxIdsAsync(new() { EmployeeId = 1 }));
        Assert.Equal(["in_1700000000.1"], await PbxIdsAsync(new() { ClientId = 1 }));
        Assert.Equal(["out_1700000500.2"], await PbxIdsAsync(new() { ClientId = 2 }));
        Assert.Equal(["out_1700000500.2"], await PbxIdsAsync(new() { Number = "01234567" }));
        Assert.Equal(["Анна Иванова"], (await _app.Get<Zadarma.Core.Directory.ClientStore>().SearchAsync("ромашк", 5)).Select(c => c.Name));
        Assert.Equal(["in_1700000000.1"], await PbxIdsAsync(new() { Number = "91234567" }));
        Assert.Equal(["in_1700000000.1"], await PbxIdsAsync(new() { Search = "callback on" }));
        Assert.Equal(["in_1700000000.1"], await PbxIdsAsync(new() { Search = "ромашка" }));
        // By the client's name: Jan Kowalski before Анна Иванова.
        Assert.Equal(["out_1700000500.2", "in_1700000000.1"], await SortedAsync(nameof(Zadarma.Core.Calls.CallRow.Clients), descending: false));
        Assert.Equal(["in_1700000000.1", "out_1700000500.2"], await SortedAsync(nameof(Zadarma.Core.Calls.CallRow.Clients), descending: true));
        // The note and the recording of the first call put it first.
        Assert.Equal(["in_1700000000.1", "out_1700000500.2"], await SortedAsync(nameof(Zadarma.Core.Calls.CallRow.Note), descending: true));
        Assert.Equal(["in_1700000000.1", "out_1700000500.2"], await SortedAsync(nameof(Zadarma.Core.Calls.CallRow.IsRecorded), descending: true));

        async Task<List<string>> SortedAsync(string sortBy, bool descending) =>
            (await calls.ListAsync(new() { SortBy = sortBy, Descending = descending })).Items.Select(c => c.PbxCallId).ToList();

        async Task<List<string>> PbxIdsAsync(Zadarma.Core.Calls.CallQuery query) =>
            (await calls.ListAsync(query with { SortBy = "StartUtc", Descending = false })).Items.Select(c => c.PbxCallId).ToList();
    }
}
