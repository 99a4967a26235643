using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Zadarma.Core.Persistence.Migrations;

/// <summary>The Zadarma connection and routing settings, and the PBX's extensions.</summary>
[DbContext(typeof(ZadarmaDb))]
[Migration("20261122000050_ZadarmaConnection")]
public sealed class ZadarmaConnection : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<bool>("ZadarmaUseSandbox", "Settings", nullable: false, defaultValue: true);
        migration.AddColumn<string>("ZadarmaUrl", "Settings", maxLength: 300, nullable: false, defaultValue: "https://api.zadarma.com");
        migration.AddColumn<string>("ZadarmaKey", "Settings", maxLength: 200, nullable: true);
        migration.AddColumn<string>("ZadarmaSecretProtected", "Settings", nullable: true);
        migration.AddColumn<string>("PbxId", "Settings", maxLength: 20, nullable: true);
        migration.AddColumn<bool>("PlayRecordingsRemotely", "Settings", nullable: false, defaultValue: true);
        migration.AddColumn<bool>("WebRtcEnabled", "Settings", nullable: false, defaultValue: false);
        migration.AddColumn<bool>("RoutingEnabled", "Settings", nullable: false, defaultValue: true);
        migration.AddColumn<int>("RoutingReturnTimeout", "Settings", nullable: false, defaultValue: 20);
        migration.AddColumn<bool>("SendCallerName", "Settings", nullable: false, defaultValue: true);

        migration.CreateTable(
            name: "Extensions",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Number = t.Column<string>(maxLength: 20, nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: true),
                EmployeeId = t.Column<int>(nullable: true),
                IsRemoved = t.Column<bool>(nullable: false),
                FetchedUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Extensions", x => x.Id);
                t.ForeignKey("FK_Extensions_Employees_EmployeeId", x => x.EmployeeId, "Employees", "Id", onDelete: ReferentialAction.SetNull);
            });
        migration.CreateIndex("IX_Extensions_Number", "Extensions", "Number", unique: true);
        migration.CreateIndex("IX_Extensions_EmployeeId", "Extensions", "EmployeeId", unique: true, filter: "EmployeeId IS NOT NULL");
    }

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropTable("Extensions");
        foreach (var column in new[]
        {
            "ZadarmaUseSandbox", "ZadarmaUrl", "ZadarmaKey", "ZadarmaSecretProtected", "PbxId",
            "PlayRecordingsRemotely", "WebRtcEnabled", "RoutingEnabled", "RoutingReturnTimeout", "SendCallerName",
        })
        {
            migration.DropColumn(column, "Settings");
        }
    }
}
