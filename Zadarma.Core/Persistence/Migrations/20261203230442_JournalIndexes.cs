using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zadarma.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JournalIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboxEvents_IsApplied_NextAttemptUtc",
                table: "InboxEvents");

            migrationBuilder.DropIndex(
                name: "IX_Calls_ClientNumber",
                table: "Calls");

            migrationBuilder.AddColumn<string>(
                name: "ClientNumberReversed",
                table: "Calls",
                type: "TEXT",
                maxLength: 15,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CallClients",
                columns: table => new
                {
                    ClientId = table.Column<int>(type: "INTEGER", nullable: false),
                    CallId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallClients", x => new { x.ClientId, x.CallId });
                    table.ForeignKey(
                        name: "FK_CallClients_Calls_CallId",
                        column: x => x.CallId,
                        principalTable: "Calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallEmployees",
                columns: table => new
                {
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CallId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallEmployees", x => new { x.EmployeeId, x.CallId });
                    table.ForeignKey(
                        name: "FK_CallEmployees_Calls_CallId",
                        column: x => x.CallId,
                        principalTable: "Calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Existing calls get the reversed digits of their number: E.164 has at most 15 digits after the plus.
            migrationBuilder.Sql($"UPDATE Calls SET ClientNumberReversed = {string.Join(" || ", Enumerable.Range(2, 15).Reverse().Select(i => $"substr(ClientNumber, {i}, 1)"))} WHERE ClientNumber IS NOT NULL;");

            // The lookup tables follow every write to a call's lists or start, whoever makes it.
            const string links = """
                INSERT OR IGNORE INTO CallEmployees (EmployeeId, CallId, StartUtc)
                    SELECT value, NEW.Id, NEW.StartUtc FROM json_each(NEW.EmployeeIds)
                    UNION SELECT value, NEW.Id, NEW.StartUtc FROM json_each(NEW.StaffEmployeeIds);
                INSERT OR IGNORE INTO CallClients (ClientId, CallId, StartUtc)
                    SELECT value, NEW.Id, NEW.StartUtc FROM json_each(NEW.ClientIds);
                """;
            migrationBuilder.Sql($"""
                CREATE TRIGGER Calls_Links_Insert AFTER INSERT ON Calls BEGIN
                {links}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER Calls_Links_Update AFTER UPDATE OF EmployeeIds, StaffEmployeeIds, ClientIds, StartUtc ON Calls BEGIN
                DELETE FROM CallEmployees WHERE CallId = NEW.Id;
                DELETE FROM CallClients WHERE CallId = NEW.Id;
                {links}
                END;
                """);
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO CallEmployees (EmployeeId, CallId, StartUtc)
                    SELECT j.value, c.Id, c.StartUtc FROM Calls c, json_each(c.EmployeeIds) j
                    UNION SELECT j.value, c.Id, c.StartUtc FROM Calls c, json_each(c.StaffEmployeeIds) j;
                INSERT OR IGNORE INTO CallClients (ClientId, CallId, StartUtc)
                    SELECT j.value, c.Id, c.StartUtc FROM Calls c, json_each(c.ClientIds) j;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_InboxEvents_Applied",
                table: "InboxEvents",
                column: "ReceivedUtc",
                filter: "\"IsApplied\"");

            migrationBuilder.CreateIndex(
                name: "IX_InboxEvents_Waiting",
                table: "InboxEvents",
                column: "Id",
                filter: "NOT \"IsApplied\"");

            migrationBuilder.CreateIndex(
                name: "IX_Calls_ClientNumber_StartUtc",
                table: "Calls",
                columns: new[] { "ClientNumber", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_ClientNumberReversed",
                table: "Calls",
                column: "ClientNumberReversed");

            migrationBuilder.CreateIndex(
                name: "IX_Calls_Direction_StartUtc",
                table: "Calls",
                columns: new[] { "Direction", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_Disposition_StartUtc",
                table: "Calls",
                columns: new[] { "Disposition", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_TalkSeconds_StartUtc",
                table: "Calls",
                columns: new[] { "TalkSeconds", "StartUtc" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_WaitSeconds_StartUtc",
                table: "Calls",
                columns: new[] { "WaitSeconds", "StartUtc" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_CallClients_CallId",
                table: "CallClients",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_CallClients_ClientId_StartUtc_CallId",
                table: "CallClients",
                columns: new[] { "ClientId", "StartUtc", "CallId" });

            migrationBuilder.CreateIndex(
                name: "IX_CallEmployees_CallId",
                table: "CallEmployees",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_CallEmployees_EmployeeId_StartUtc_CallId",
                table: "CallEmployees",
                columns: new[] { "EmployeeId", "StartUtc", "CallId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Calls_Links_Insert; DROP TRIGGER IF EXISTS Calls_Links_Update;");

            migrationBuilder.DropTable(
                name: "CallClients");

            migrationBuilder.DropTable(
                name: "CallEmployees");

            migrationBuilder.DropIndex(
                name: "IX_InboxEvents_Applied",
                table: "InboxEvents");

            migrationBuilder.DropIndex(
                name: "IX_InboxEvents_Waiting",
                table: "InboxEvents");

            migrationBuilder.DropIndex(
                name: "IX_Calls_ClientNumber_StartUtc",
                table: "Calls");

            migrationBuilder.DropIndex(
                name: "IX_Calls_ClientNumberReversed",
                table: "Calls");

            migrationBuilder.DropIndex(
                name: "IX_Calls_Direction_StartUtc",
                table: "Calls");

            migrationBuilder.DropIndex(
                name: "IX_Calls_Disposition_StartUtc",
                table: "Calls");

            migrationBuilder.DropIndex(
                name: "IX_Calls_TalkSeconds_StartUtc",
                table: "Calls");

            migrationBuilder.DropIndex(
                name: "IX_Calls_WaitSeconds_StartUtc",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "ClientNumberReversed",
                table: "Calls");

            migrationBuilder.CreateIndex(
                name: "IX_InboxEvents_IsApplied_NextAttemptUtc",
                table: "InboxEvents",
                columns: new[] { "IsApplied", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_ClientNumber",
                table: "Calls",
                column: "ClientNumber");
        }
    }
}
