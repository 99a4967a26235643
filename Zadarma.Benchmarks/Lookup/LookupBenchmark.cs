using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Zadarma.Core.Directory;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;

namespace Zadarma.Benchmarks.Lookup;

/// <summary>
/// Caller lookup by phone with N clients in SQLite: exact E.164 hits, suffix-only hits and misses,
/// through the same directory the webhooks use.
/// </summary>
public static class LookupBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var clients = Arguments.Int(args, "clients", 1_000_000);
        var lookups = Arguments.Int(args, "lookups", 20_000);
        var folder = Path.Combine(Path.GetTempPath(), $"zadarma-lookup-{clients}");
        System.IO.Directory.CreateDirectory(folder);

        var options = new DbContextOptionsBuilder<ZadarmaDb>().UseSqlite(Database.ConnectionString(folder)).Options;
        var factory = new PooledDbContextFactory<ZadarmaDb>(options);
        await Database.MigrateAsync(factory);
        await FillAsync(folder, clients);

        var settings = new SettingsStore(factory);
        var directory = new BuiltInCrmDirectory(factory, settings);
        var random = new Random(7);

        // Warm the page cache and the pools, as a running app would be.
        for (var i = 0; i < 1000; i++)
            await directory.FindClientsByPhoneAsync(Number(random.Next(clients)));

        await MeasureAsync("exact ", lookups, () => directory.FindClientsByPhoneAsync(Number(random.Next(clients))), expectHit: true);
        await MeasureAsync("suffix", lookups, () => directory.FindClientsByPhoneAsync(ForeignSpelling(random.Next(clients))), expectHit: true);
        await MeasureAsync("miss  ", lookups, () => directory.FindClientsByPhoneAsync(Number(clients + random.Next(1_000_000))), expectHit: false);
        return 0;
    }

    private static async Task MeasureAsync(string name, int count, Func<Task<IReadOnlyList<DirectoryClient>>> lookup, bool expectHit)
    {
        var latency = new Latency();
        var wrong = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var found = await lookup();
            latency.Add(Stopwatch.GetElapsedTime(started));
            if ((found.Count > 0) != expectHit)
                wrong++;
        }
        Console.WriteLine($"{name}: {latency.Summary()} throughput={count / total.Elapsed.TotalSeconds:0} lookups/s unexpected={wrong}");
    }

    /// <summary>Client i's number: +7 9xx xxx xx xx, unique per i.</summary>
    internal static PhoneNumber Number(int i) => PhoneNumber.ParseOrNull($"+79{i:000000000}", Country.Find("RU")!)!.Value;

    /// <summary>The same last nine digits under another country code: only the suffix matches.</summary>
    internal static PhoneNumber ForeignSpelling(int i) => PhoneNumber.ParseOrNull($"+380{i:000000000}", Country.Find("UA")!)!.Value;

    private static async Task FillAsync(string folder, int clients)
    {
        await using var connection = new SqliteConnection(Database.ConnectionString(folder));
        await connection.OpenAsync();
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM Clients";
            if ((long)(await count.ExecuteScalarAsync())! >= clients)
                return;
        }

        Console.WriteLine($"Creating {clients:N0} clients in {folder} ...");
        var watch = Stopwatch.StartNew();
        await using var transaction = connection.BeginTransaction();
        await using var insertClient = connection.CreateCommand();
        insertClient.CommandText = "INSERT INTO Clients (Id, Name, SearchText, CreatedUtc) VALUES ($id, $name, $search, '2026-11-22 00:00:00')";
        var id = insertClient.Parameters.Add("$id", SqliteType.Integer);
        var name = insertClient.Parameters.Add("$name", SqliteType.Text);
        var search = insertClient.Parameters.Add("$search", SqliteType.Text);
        await using var insertPhone = connection.CreateCommand();
        insertPhone.CommandText = "INSERT INTO ClientPhones (ClientId, Label, E164, ReversedDigits) VALUES ($client, 'mobile', $e164, $reversed)";
        var client = insertPhone.Parameters.Add("$client", SqliteType.Integer);
        var e164 = insertPhone.Parameters.Add("$e164", SqliteType.Text);
        var reversed = insertPhone.Parameters.Add("$reversed", SqliteType.Text);

        for (var i = 0; i < clients; i++)
        {
            id.Value = i + 1;
            name.Value = $"Client {i}";
            search.Value = $"client {i}";
            await insertClient.ExecuteNonQueryAsync();
            var number = Number(i);
            client.Value = i + 1;
            e164.Value = number.E164;
            reversed.Value = number.ReversedDigits;
            await insertPhone.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        Console.WriteLine($"Created in {watch.Elapsed.TotalSeconds:0.0} s");
    }
}
