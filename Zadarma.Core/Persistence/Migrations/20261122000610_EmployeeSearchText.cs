using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Zadarma.Core.Persistence.Migrations;

/// <summary>
/// Employees found by name in the grid, in any alphabet: the name in lower case, as clients have it. SQLite's lower()
/// folds only ASCII, so names with other letters are folded again in .NET at start-up (<c>EmployeeStore.RefreshSearchTextAsync</c>).
/// </summary>
[DbContext(typeof(ZadarmaDb))]
[Migration("20261122000610_EmployeeSearchText")]
public sealed class EmployeeSearchText : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<string>("SearchText", "Employees", maxLength: 200, nullable: false, defaultValue: "");
        migration.Sql("UPDATE Employees SET SearchText = lower(trim(Name));");
    }

    protected override void Down(MigrationBuilder migration) => migration.DropColumn("SearchText", "Employees");
}
