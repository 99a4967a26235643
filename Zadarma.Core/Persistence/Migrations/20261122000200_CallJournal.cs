using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Zadarma.Core.Persistence.Migrations;

/// <summary>The call journal, the webhook inbox it is built from, and the PBX time zone setting.</summary>
[DbContext(typeof(ZadarmaDb))]
[Migration("20261122000200_CallJournal")]
public sealed class CallJournal : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<int>("PbxUtcOffsetMinutes", "Settings", nullable: false, defaultValue: 180);

        migration.CreateTable(
            name: "Calls",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                PbxCallId = t.Column<string>(maxLength: 100, nullable: false),
                Direction = t.Column<string>(maxLength: 10, nullable: false),
                EventsSeen = t.Column<int>(nullable: false),
                ClientNumberRaw = t.Column<string>(maxLength: 50, nullable: true),
                ClientNumberRank = t.Column<int>(nullable: false),
                ClientNumber = t.Column<string>(maxLength: 16, nullable: true),
                IsAnonymous = t.Column<bool>(nullable: false),
                Did = t.Column<string>(maxLength: 50, nullable: true),
                Extensions = t.Column<string>(nullable: false),
                AnsweredBy = t.Column<string>(maxLength: 20, nullable: true),
                ClientIds = t.Column<string>(nullable: false),
                ResponsibleEmployeeId = t.Column<int>(nullable: true),
                EmployeeIds = t.Column<string>(nullable: false),
                StartUtc = t.Column<DateTime>(nullable: true),
                AnsweredUtc = t.Column<DateTime>(nullable: true),
                EndedUtc = t.Column<DateTime>(nullable: true),
                WaitSeconds = t.Column<int>(nullable: true),
                DurationSeconds = t.Column<int>(nullable: true),
                TalkSeconds = t.Column<int>(nullable: true),
                Disposition = t.Column<string>(maxLength: 20, nullable: false),
                DispositionRaw = t.Column<string>(maxLength: 50, nullable: true),
                StatusCode = t.Column<int>(nullable: true),
                IsRecorded = t.Column<bool>(nullable: false),
                RecordingIds = t.Column<string>(nullable: false),
                Note = t.Column<string>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Calls", x => x.Id));
        migration.CreateIndex("IX_Calls_PbxCallId", "Calls", "PbxCallId", unique: true);
        migration.CreateIndex("IX_Calls_StartUtc", "Calls", "StartUtc");
        migration.CreateIndex("IX_Calls_ClientNumber", "Calls", "ClientNumber");

        migration.CreateTable(
            name: "InboxEvents",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Key = t.Column<string>(maxLength: 64, nullable: false),
                Event = t.Column<string>(maxLength: 50, nullable: false),
                PbxCallId = t.Column<string>(maxLength: 100, nullable: true),
                Fields = t.Column<string>(nullable: false),
                ReceivedUtc = t.Column<DateTime>(nullable: false),
                IsApplied = t.Column<bool>(nullable: false),
                Attempts = t.Column<int>(nullable: false),
                LastError = t.Column<string>(maxLength: 1000, nullable: true),
                NextAttemptUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_InboxEvents", x => x.Id));
        migration.CreateIndex("IX_InboxEvents_Key", "InboxEvents", "Key", unique: true);
        migration.CreateIndex("IX_InboxEvents_PbxCallId", "InboxEvents", "PbxCallId");
        migration.CreateIndex("IX_InboxEvents_IsApplied_NextAttemptUtc", "InboxEvents", ["IsApplied", "NextAttemptUtc"]);
    }

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropTable("InboxEvents");
        migration.DropTable("Calls");
        migration.DropColumn("PbxUtcOffsetMinutes", "Settings");
    }
}
