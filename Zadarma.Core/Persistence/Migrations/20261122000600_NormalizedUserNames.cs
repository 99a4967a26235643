using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Zadarma.Core.Persistence.Migrations;

/// <summary>
/// User names compared in every alphabet: a folded copy of each name, unique. SQLite's upper() folds only ASCII, so
/// names with other letters are folded again in .NET at start-up (<c>UserAccounts.NormalizeSavedNamesAsync</c>).
/// </summary>
[DbContext(typeof(ZadarmaDb))]
[Migration("20261122000600_NormalizedUserNames")]
public sealed class NormalizedUserNames : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<string>("NormalizedUserName", "Users", maxLength: 100, nullable: false, defaultValue: "");
        // The old NOCASE index kept ASCII-folded names unique, so these values are unique too.
        migration.Sql("UPDATE Users SET NormalizedUserName = upper(trim(UserName));");
        migration.CreateIndex("IX_Users_NormalizedUserName", "Users", "NormalizedUserName", unique: true);
    }

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropIndex("IX_Users_NormalizedUserName", "Users");
        migration.DropColumn("NormalizedUserName", "Users");
    }
}
