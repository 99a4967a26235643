using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Zadarma.Core.Persistence;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Persistence;

/// <summary>
/// The migrations and the model describe one schema. If they drift apart, the next generated migration would carry
/// changes nobody asked for, and start-up would refuse to migrate.
/// </summary>
public sealed class SchemaParityTests
{
    [Fact]
    public async Task The_migrations_build_the_schema_the_model_describes()
    {
        await using var migrated = await TestDatabase.CreateAsync();
        var created = TempFolder.Create("model");
        try
        {
            string[] madeByHand;
            await using (var db = new ZadarmaDb(Options(Database.ConnectionString(created))))
            {
                await db.Database.EnsureCreatedAsync();
                // A full-text table is made by a migration's own SQL; the model only reads it.
                madeByHand = db.GetService<IDesignTimeModel>().Model.GetEntityTypes().Where(t => t.IsTableExcludedFromMigrations()).Select(t => t.GetTableName()!).ToArray();
            }

            var fromMigrations = await SqliteSchema.ReadAsync(Database.ConnectionString(migrated.Folder));
            var fromModel = (await SqliteSchema.ReadAsync(Database.ConnectionString(created)))
                .Where(line => !madeByHand.Any(table => line.StartsWith($"table {table}", StringComparison.Ordinal)
                    || line.Contains($" {table}.", StringComparison.Ordinal)))
                .ToList();

            Assert.Contains("column Users.UserName TEXT NOT NULL COLLATE NOCASE", fromModel);
            Assert.Empty(fromMigrations.Except(fromModel));
            Assert.Empty(fromModel.Except(fromMigrations));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.Delete(created);
        }
    }

    [Fact]
    public void The_model_has_no_change_that_a_migration_does_not_cover()
    {
        using var db = new ZadarmaDb(Options("Data Source=:memory:"));
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> --project Zadarma.Core --startup-project Zadarma.Blazor");
    }

    private static DbContextOptions<ZadarmaDb> Options(string connectionString) =>
        new DbContextOptionsBuilder<ZadarmaDb>().UseSqlite(connectionString).Options;
}
