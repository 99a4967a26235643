using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zadarma.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PublicAppAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublicAddress",
                table: "Settings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublicAddress",
                table: "Settings");
        }
    }
}
