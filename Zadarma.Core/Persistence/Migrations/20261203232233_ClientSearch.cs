using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zadarma.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClientSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Names saved before folding lose their accents as the app now folds them: the letters of the languages the
            // app speaks and the common Western ones. A rarer letter is folded when its client is next saved.
            const string accented = "ąćęłńóśźżёáàâäãåéèêëíìîïòôöõúùûüýÿñçšžčřďťňľĺőűğş";
            const string plain = "acelnoszzеaaaaaaeeeeiiiioooouuuuyyncszcrdtnllougs";
            var folded = "SearchText";
            for (var i = 0; i < accented.Length; i++)
                folded = $"replace({folded}, '{accented[i]}', '{plain[i]}')";
            migrationBuilder.Sql($"UPDATE Clients SET SearchText = {folded};");
            migrationBuilder.Sql($"UPDATE Employees SET SearchText = {folded};");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_SearchText",
                table: "Clients",
                column: "SearchText");

            // Any three letters of a name or company, from an index: a trigram full-text table over the search text.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ClientSearch USING fts5(SearchText, content='Clients', content_rowid='Id', tokenize='trigram');
                INSERT INTO ClientSearch (ClientSearch) VALUES ('rebuild');
                CREATE TRIGGER Clients_Search_Insert AFTER INSERT ON Clients BEGIN
                    INSERT INTO ClientSearch (rowid, SearchText) VALUES (NEW.Id, NEW.SearchText);
                END;
                CREATE TRIGGER Clients_Search_Delete AFTER DELETE ON Clients BEGIN
                    INSERT INTO ClientSearch (ClientSearch, rowid, SearchText) VALUES ('delete', OLD.Id, OLD.SearchText);
                END;
                CREATE TRIGGER Clients_Search_Update AFTER UPDATE OF SearchText ON Clients BEGIN
                    INSERT INTO ClientSearch (ClientSearch, rowid, SearchText) VALUES ('delete', OLD.Id, OLD.SearchText);
                    INSERT INTO ClientSearch (rowid, SearchText) VALUES (NEW.Id, NEW.SearchText);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS Clients_Search_Insert;
                DROP TRIGGER IF EXISTS Clients_Search_Delete;
                DROP TRIGGER IF EXISTS Clients_Search_Update;
                DROP TABLE IF EXISTS ClientSearch;
                """);

            migrationBuilder.DropIndex(
                name: "IX_Clients_SearchText",
                table: "Clients");
        }
    }
}
