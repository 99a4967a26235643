using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Zadarma.Core.Persistence.Migrations;

/// <summary>Notifications of unknown kinds whose signature could not be checked, kept aside and never applied.</summary>
[DbContext(typeof(ZadarmaDb))]
[Migration("20261122000800_UnverifiedEvents")]
public sealed class UnverifiedEvents : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(
            name: "UnverifiedEvents",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Event = t.Column<string>(maxLength: 50, nullable: false),
                Fields = t.Column<string>(nullable: false),
                Signature = t.Column<string>(maxLength: 200, nullable: false),
                Sender = t.Column<string>(maxLength: 50, nullable: true),
                ReceivedUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_UnverifiedEvents", x => x.Id));
    }

    protected override void Down(MigrationBuilder migration) => migration.DropTable("UnverifiedEvents");
}
