using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zadarma.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CallSorts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientSortKey",
                table: "Calls",
                type: "TEXT",
                maxLength: 402,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmployeeSortKey",
                table: "Calls",
                type: "TEXT",
                maxLength: 201,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HasNote",
                table: "Calls",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "\"Note\" IS NOT NULL",
                stored: false);

            RebuildLinks(migrationBuilder, withoutRowId: true);

            // Every existing call gets its keys before the indexes are built over them.
            migrationBuilder.Sql($"UPDATE Calls SET ClientSortKey = {ClientSortKey("Calls")}, EmployeeSortKey = {EmployeeSortKey("Calls")};");

            migrationBuilder.CreateIndex(
                name: "IX_Calls_ClientSortKey_StartUtc",
                table: "Calls",
                columns: new[] { "ClientSortKey", "StartUtc" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_EmployeeSortKey_StartUtc",
                table: "Calls",
                columns: new[] { "EmployeeSortKey", "StartUtc" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_HasNote_StartUtc",
                table: "Calls",
                columns: new[] { "HasNote", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_IsRecorded_StartUtc",
                table: "Calls",
                columns: new[] { "IsRecorded", "StartUtc" });

            // The keys follow every write to what they are made of, whoever makes it: the call's own columns, a client's
            // name, an employee's name. Each trigger writes the key only when it changes, so a notification that leaves
            // it as it was costs no index write.
            const string employeeColumns = "AnsweredBy, AnsweredByEmployeeId, Direction, EndedUtc, Disposition, ClientIds, ResponsibleEmployeeId, EmployeeIds, StaffEmployeeIds, Extensions";
            migrationBuilder.Sql($"""
                CREATE TRIGGER Calls_SortKeys_Insert AFTER INSERT ON Calls BEGIN
                    UPDATE Calls SET ClientSortKey = {ClientSortKey("NEW")}, EmployeeSortKey = {EmployeeSortKey("NEW")} WHERE Id = NEW.Id;
                END;
                CREATE TRIGGER Calls_ClientSortKey_Update AFTER UPDATE OF ClientIds, ClientNumber, ClientNumberRaw ON Calls BEGIN
                    UPDATE Calls SET ClientSortKey = {ClientSortKey("NEW")} WHERE Id = NEW.Id AND ClientSortKey IS NOT {ClientSortKey("NEW")};
                END;
                CREATE TRIGGER Calls_EmployeeSortKey_Update AFTER UPDATE OF {employeeColumns} ON Calls BEGIN
                    UPDATE Calls SET EmployeeSortKey = {EmployeeSortKey("NEW")} WHERE Id = NEW.Id AND EmployeeSortKey IS NOT {EmployeeSortKey("NEW")};
                END;
                CREATE TRIGGER Clients_CallSortKey_Update AFTER UPDATE OF SearchText ON Clients BEGIN
                    UPDATE Calls SET ClientSortKey = {ClientSortKey("Calls")} WHERE Id IN (SELECT CallId FROM CallClients WHERE ClientId = NEW.Id);
                END;
                CREATE TRIGGER Clients_CallSortKey_Delete AFTER DELETE ON Clients BEGIN
                    UPDATE Calls SET ClientSortKey = {ClientSortKey("Calls")} WHERE Id IN (SELECT CallId FROM CallClients WHERE ClientId = OLD.Id);
                END;
                CREATE TRIGGER Employees_CallSortKey_Update AFTER UPDATE OF SearchText ON Employees BEGIN
                    UPDATE Calls SET EmployeeSortKey = {EmployeeSortKey("Calls")} WHERE Id IN (SELECT CallId FROM CallEmployees WHERE EmployeeId = NEW.Id);
                END;
                """);
        }

        /// <summary>
        /// The lookup tables by employee and client, rebuilt with or without a rowid. Without one, each row is stored once,
        /// in its key's order, instead of in a table and again in the key's index: a third less room for the same reads.
        /// EF cannot say so; a later migration that rebuilds either table must write <c>WITHOUT ROWID</c> again.
        /// </summary>
        private static void RebuildLinks(MigrationBuilder migrationBuilder, bool withoutRowId)
        {
            // The triggers that fill the tables name them, and a table cannot be renamed while a trigger names a missing one.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Calls_Links_Insert; DROP TRIGGER IF EXISTS Calls_Links_Update;");
            foreach (var (table, key) in new[] { ("CallEmployees", "EmployeeId"), ("CallClients", "ClientId") })
            {
                migrationBuilder.Sql($"""
                    CREATE TABLE "ef_temp_{table}" (
                        "{key}" INTEGER NOT NULL,
                        "CallId" INTEGER NOT NULL,
                        "StartUtc" TEXT NULL,
                        CONSTRAINT "PK_{table}" PRIMARY KEY ("{key}", "CallId"),
                        CONSTRAINT "FK_{table}_Calls_CallId" FOREIGN KEY ("CallId") REFERENCES "Calls" ("Id") ON DELETE CASCADE
                    ){(withoutRowId ? " WITHOUT ROWID" : "")};
                    INSERT INTO "ef_temp_{table}" ("{key}", "CallId", "StartUtc") SELECT "{key}", "CallId", "StartUtc" FROM "{table}";
                    DROP TABLE "{table}";
                    ALTER TABLE "ef_temp_{table}" RENAME TO "{table}";
                    CREATE INDEX "IX_{table}_CallId" ON "{table}" ("CallId");
                    CREATE INDEX "IX_{table}_{key}_StartUtc_CallId" ON "{table}" ("{key}", "StartUtc", "CallId");
                    """);
            }
            // As the migration that made the tables wrote them.
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
        }

        /// <summary>
        /// The Client column's key (see <c>Call.ClientSortKey</c>) of the call <paramref name="call"/> names: the first of
        /// its clients by their folded name and company, or the number of a caller who is no client.
        /// </summary>
        private static string ClientSortKey(string call) =>
            $"coalesce('1' || (SELECT min(k.SearchText) FROM json_each({call}.ClientIds) j JOIN Clients k ON k.Id = j.value), "
            + $"'2' || coalesce({call}.ClientNumber, {call}.ClientNumberRaw, ''))";

        /// <summary>
        /// The Who column's key (see <c>Call.EmployeeSortKey</c>): the one who answered; for a missed call the managers to
        /// call back (the client's manager when it has one client, as the list shows them); otherwise the staff whose
        /// extensions rang or called. Employees' names are folded when saved.
        /// </summary>
        private static string EmployeeSortKey(string call) => $"""
            CASE
                WHEN {call}.AnsweredBy IS NOT NULL THEN coalesce('1' || (SELECT SearchText FROM Employees WHERE Id = {call}.AnsweredByEmployeeId), '2' || {call}.AnsweredBy)
                WHEN {call}.Direction = 'Incoming' AND {call}.EndedUtc IS NOT NULL AND {call}.Disposition <> 'Answered' THEN coalesce('1' || (SELECT min(e.SearchText) FROM Employees e
                    WHERE e.Id IN (SELECT value FROM json_each(CASE WHEN json_array_length({call}.ClientIds) = 1 THEN json_array({call}.ResponsibleEmployeeId) ELSE {call}.EmployeeIds END))), '3')
                ELSE coalesce('1' || (SELECT min(e.SearchText) FROM Employees e WHERE e.Id IN (SELECT value FROM json_each({call}.StaffEmployeeIds))),
                    '2' || json_extract({call}.Extensions, '$[0]'), '3')
            END
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS Calls_SortKeys_Insert;
                DROP TRIGGER IF EXISTS Calls_ClientSortKey_Update;
                DROP TRIGGER IF EXISTS Calls_EmployeeSortKey_Update;
                DROP TRIGGER IF EXISTS Clients_CallSortKey_Update;
                DROP TRIGGER IF EXISTS Clients_CallSortKey_Delete;
                DROP TRIGGER IF EXISTS Employees_CallSortKey_Update;
                """);
            RebuildLinks(migrationBuilder, withoutRowId: false);

            migrationBuilder.DropIndex(
                name: "IX_Calls_ClientSortKey_StartUtc",
                table: "Calls");

            migrationBuilder.DropIndex(
                name: "IX_Calls_EmployeeSortKey_StartUtc",
                table: "Calls");

            migrationBuilder.DropIndex(
                name: "IX_Calls_HasNote_StartUtc",
                table: "Calls");

            migrationBuilder.DropIndex(
                name: "IX_Calls_IsRecorded_StartUtc",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "HasNote",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "ClientSortKey",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "EmployeeSortKey",
                table: "Calls");
        }
    }
}
