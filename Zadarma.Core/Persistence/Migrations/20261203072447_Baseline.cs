using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zadarma.Core.Persistence.Migrations
{
    /// <summary>
    /// Where generated migrations begin: its model (in the designer file) is the schema the nine hand-written
    /// migrations before it build, so it changes nothing. The tool wrote it against an empty model, as if every table
    /// were new; its create and drop steps were removed because those tables already exist on every database.
    /// </summary>
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
