using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Zadarma.Core.Persistence.Migrations;

/// <summary>The audit log of recording plays and downloads, and whether agents may hear their own calls.</summary>
[DbContext(typeof(ZadarmaDb))]
[Migration("20261122000500_Recordings")]
public sealed class Recordings : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<bool>("AgentsMayListenToOwnCalls", "Settings", nullable: false, defaultValue: false);

        migration.CreateTable(
            name: "RecordingAudits",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                AtUtc = t.Column<DateTime>(nullable: false),
                UserId = t.Column<int>(nullable: false),
                UserName = t.Column<string>(maxLength: 100, nullable: false),
                CallId = t.Column<int>(nullable: false),
                PbxCallId = t.Column<string>(maxLength: 100, nullable: false),
                RecordingId = t.Column<string>(maxLength: 100, nullable: false),
                Action = t.Column<string>(maxLength: 10, nullable: false),
                Source = t.Column<string>(maxLength: 10, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_RecordingAudits", x => x.Id));
        migration.CreateIndex("IX_RecordingAudits_AtUtc", "RecordingAudits", "AtUtc");
    }

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropTable("RecordingAudits");
        migration.DropColumn("AgentsMayListenToOwnCalls", "Settings");
    }
}
