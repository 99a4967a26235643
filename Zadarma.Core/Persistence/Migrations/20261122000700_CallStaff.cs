using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Zadarma.Core.Persistence.Migrations;

/// <summary>
/// Who answered and whose extensions rang, kept on the call as it was mapped then. Calls already in the journal
/// are filled from today's mapping, the best that is known of them.
/// </summary>
[DbContext(typeof(ZadarmaDb))]
[Migration("20261122000700_CallStaff")]
public sealed class CallStaff : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<int>("AnsweredByEmployeeId", "Calls", nullable: true);
        migration.AddColumn<string>("StaffEmployeeIds", "Calls", nullable: false, defaultValue: "[]");
        migration.Sql("""
            UPDATE Calls SET AnsweredByEmployeeId = (SELECT x.EmployeeId FROM Extensions x WHERE x.Number = Calls.AnsweredBy);
            UPDATE Calls SET StaffEmployeeIds = COALESCE((
                SELECT json_group_array(EmployeeId) FROM (
                    SELECT DISTINCT x.EmployeeId FROM json_each(Calls.Extensions) j
                    JOIN Extensions x ON x.Number = j.value
                    WHERE x.EmployeeId IS NOT NULL
                    ORDER BY x.EmployeeId)), '[]');
            """);
    }

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropColumn("StaffEmployeeIds", "Calls");
        migration.DropColumn("AnsweredByEmployeeId", "Calls");
    }
}
