using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Zadarma.Core.Persistence;

/// <summary>Where the SQLite file lives and how it is brought up to date at start-up.</summary>
public static class Database
{
    public static string ConnectionString(string dataPath) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataPath, "zadarma.db"),
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>
    /// Applies pending migrations and switches the file to WAL, so readers never block the webhook writer. A new file is
    /// made able to give freed pages back (see <see cref="CompactAsync"/>): SQLite allows that only before its first table.
    /// </summary>
    public static async Task MigrateAsync(IDbContextFactory<ZadarmaDb> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA auto_vacuum = INCREMENTAL;", ct);
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    /// <summary>SQLite's value of <c>auto_vacuum</c> for INCREMENTAL.</summary>
    public const long Incremental = 2;

    /// <summary>Pages given back per step: each step is a short write, so webhooks wait for one step at most.</summary>
    public const int PagesPerCompactStep = 2_000;

    /// <summary>
    /// Shrinks the file by the pages deleted rows left free, a few at a time. Does nothing to a file made before the app
    /// set this up: such a file keeps its size and reuses the pages for new rows. Returns how many pages went.
    /// </summary>
    public static async Task<long> CompactAsync(IDbContextFactory<ZadarmaDb> factory, TimeSpan pause, CancellationToken ct)
    {
        long released = 0;
        while (true)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            await db.Database.OpenConnectionAsync(ct);
            if (await db.Database.SqlQuery<long>($"SELECT auto_vacuum AS Value FROM pragma_auto_vacuum()").SingleAsync(ct) != Incremental)
                return released;
            var free = await db.Database.SqlQuery<long>($"SELECT freelist_count AS Value FROM pragma_freelist_count()").SingleAsync(ct);
            if (free == 0)
                return released;
            await db.Database.ExecuteSqlRawAsync($"PRAGMA incremental_vacuum({PagesPerCompactStep});", ct);
            released += Math.Min(free, PagesPerCompactStep);
            await Task.Delay(pause, ct);
        }
    }
}
