using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Persistence;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Persistence;

/// <summary>What retention deletes leaves the file, on a database the app made; one made earlier keeps its size.</summary>
public sealed class DatabaseCompactionTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_new_database_gives_the_pages_of_deleted_notifications_back_to_the_disk()
    {
        await using var database = await TestDatabase.CreateAsync();
        Assert.Equal(Database.Incremental, await PragmaAsync(database.Factory, "auto_vacuum"));
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.InboxEvents.AddRange(Enumerable.Range(0, 3_000).Select(i => new InboxEvent
            {
                Key = $"old-{i}", Event = "NOTIFY_END", PbxCallId = $"in_{i}", Fields = new string('x', 2_000),
                ReceivedUtc = Now.UtcDateTime.AddDays(-100), IsApplied = true,
            }));
            await db.SaveChangesAsync();
        }
        var full = await PragmaAsync(database.Factory, "page_count");

        using var retention = new InboxRetention(database.Factory, new TestClock(Now), TimeSpan.FromDays(90), NullLogger<InboxRetention>.Instance);
        Assert.Equal(3_000, await retention.DeleteExpiredAsync(default));
        var freed = await PragmaAsync(database.Factory, "freelist_count");
        var released = await Database.CompactAsync(database.Factory, TimeSpan.Zero, default);

        Assert.True(freed > Database.PagesPerCompactStep, $"{freed} pages freed: too few to take more than one step");
        Assert.Equal(freed, released);
        Assert.Equal(0, await PragmaAsync(database.Factory, "freelist_count"));
        // The map of moved pages shrinks with the file, so a few more pages may go than were free.
        Assert.InRange(await PragmaAsync(database.Factory, "page_count"), 1, full - freed);
    }

    [Fact]
    public async Task A_database_made_before_keeps_its_size_and_upgrades_as_ever()
    {
        var folder = TempFolder.Create("db");
        await using (var connection = new SqliteConnection(Database.ConnectionString(folder)))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE Earlier (Id INTEGER PRIMARY KEY); INSERT INTO Earlier VALUES (1);";
            await command.ExecuteNonQueryAsync();
        }
        var factory = new PooledDbContextFactory<ZadarmaDb>(new DbContextOptionsBuilder<ZadarmaDb>().UseSqlite(Database.ConnectionString(folder)).Options);

        await Database.MigrateAsync(factory);

        Assert.Equal(0, await PragmaAsync(factory, "auto_vacuum"));
        Assert.Equal(0, await Database.CompactAsync(factory, TimeSpan.Zero, default));
        await using var db = await factory.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(1, await db.Database.SqlQuery<long>($"SELECT COUNT(*) AS Value FROM Earlier").SingleAsync());
    }

    private static async Task<long> PragmaAsync(IDbContextFactory<ZadarmaDb> factory, string name)
    {
        await using var db = await factory.CreateDbContextAsync();
        await using var connection = new SqliteConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
