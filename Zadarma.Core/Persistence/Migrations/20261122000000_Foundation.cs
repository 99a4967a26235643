using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Zadarma.Core.Persistence.Migrations;

/// <summary>Users, the built-in CRM directory (employees, clients and their phones) and the settings row.</summary>
[DbContext(typeof(ZadarmaDb))]
[Migration("20261122000000_Foundation")]
public sealed class Foundation : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(
            name: "Users",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                UserName = t.Column<string>(maxLength: 100, nullable: false, collation: "NOCASE"),
                PasswordHash = t.Column<string>(nullable: false),
                Role = t.Column<string>(maxLength: 20, nullable: false),
                IsActive = t.Column<bool>(nullable: false),
                FailedSignIns = t.Column<int>(nullable: false),
                LockedUntilUtc = t.Column<DateTime>(nullable: true),
                Language = t.Column<string>(maxLength: 10, nullable: true),
                CreatedUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Users", x => x.Id));
        migration.CreateIndex("IX_Users_UserName", "Users", "UserName", unique: true);

        migration.CreateTable(
            name: "Employees",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                UserId = t.Column<int>(nullable: true),
                IsActive = t.Column<bool>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Employees", x => x.Id);
                t.ForeignKey("FK_Employees_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.SetNull);
            });
        migration.CreateIndex("IX_Employees_UserId", "Employees", "UserId", unique: true);

        migration.CreateTable(
            name: "Clients",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                Company = t.Column<string>(maxLength: 200, nullable: true),
                Notes = t.Column<string>(nullable: true),
                ResponsibleEmployeeId = t.Column<int>(nullable: true),
                SearchText = t.Column<string>(maxLength: 401, nullable: false),
                CreatedUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Clients", x => x.Id);
                t.ForeignKey("FK_Clients_Employees_ResponsibleEmployeeId", x => x.ResponsibleEmployeeId, "Employees", "Id", onDelete: ReferentialAction.SetNull);
            });
        migration.CreateIndex("IX_Clients_Name", "Clients", "Name");
        migration.CreateIndex("IX_Clients_ResponsibleEmployeeId", "Clients", "ResponsibleEmployeeId");

        migration.CreateTable(
            name: "ClientPhones",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                ClientId = t.Column<int>(nullable: false),
                Label = t.Column<string>(maxLength: 50, nullable: false),
                E164 = t.Column<string>(maxLength: 16, nullable: false),
                ReversedDigits = t.Column<string>(maxLength: 15, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ClientPhones", x => x.Id);
                t.ForeignKey("FK_ClientPhones_Clients_ClientId", x => x.ClientId, "Clients", "Id", onDelete: ReferentialAction.Cascade);
            });
        migration.CreateIndex("IX_ClientPhones_ClientId", "ClientPhones", "ClientId");
        migration.CreateIndex("IX_ClientPhones_E164", "ClientPhones", "E164");
        migration.CreateIndex("IX_ClientPhones_ReversedDigits", "ClientPhones", "ReversedDigits");

        migration.CreateTable(
            name: "Settings",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false),
                DefaultCountry = t.Column<string>(maxLength: 2, nullable: false),
                PhoneSuffixDigits = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Settings", x => x.Id));
        migration.InsertData("Settings", ["Id", "DefaultCountry", "PhoneSuffixDigits"], ["INTEGER", "TEXT", "INTEGER"], [1, "RU", 9]);
    }

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropTable("Settings");
        migration.DropTable("ClientPhones");
        migration.DropTable("Clients");
        migration.DropTable("Employees");
        migration.DropTable("Users");
    }
}
