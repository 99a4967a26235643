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

    /// <summary>Applies pending migrations and switches the file to WAL, so readers never block the webhook writer.</summary>
    public static async Task MigrateAsync(IDbContextFactory<ZadarmaDb> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
