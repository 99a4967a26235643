using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Zadarma.Core.Persistence;

namespace Zadarma.Benchmarks;

/// <summary>The app's SQLite database in a benchmark's folder, migrated as the app would at start-up.</summary>
public static class BenchmarkDatabase
{
    public static async Task<IDbContextFactory<ZadarmaDb>> OpenAsync(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        var options = new DbContextOptionsBuilder<ZadarmaDb>().UseSqlite(Database.ConnectionString(folder)).Options;
        var factory = new PooledDbContextFactory<ZadarmaDb>(options);
        await Database.MigrateAsync(factory);
        return factory;
    }
}
