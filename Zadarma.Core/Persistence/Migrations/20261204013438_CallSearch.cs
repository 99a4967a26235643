using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zadarma.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CallSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Any three letters of a note, from an index that holds only the calls with one. The tokenizer folds case and
            // accents of the note and of the searched text alike.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE CallNoteSearch USING fts5(Note, content='Calls', content_rowid='Id', tokenize='trigram remove_diacritics 1');
                INSERT INTO CallNoteSearch (rowid, Note) SELECT Id, Note FROM Calls WHERE Note IS NOT NULL;
                CREATE TRIGGER Calls_Note_Insert AFTER INSERT ON Calls WHEN NEW.Note IS NOT NULL BEGIN
                    INSERT INTO CallNoteSearch (rowid, Note) VALUES (NEW.Id, NEW.Note);
                END;
                CREATE TRIGGER Calls_Note_Delete AFTER DELETE ON Calls WHEN OLD.Note IS NOT NULL BEGIN
                    INSERT INTO CallNoteSearch (CallNoteSearch, rowid, Note) VALUES ('delete', OLD.Id, OLD.Note);
                END;
                CREATE TRIGGER Calls_Note_Update AFTER UPDATE OF Note ON Calls BEGIN
                    INSERT INTO CallNoteSearch (CallNoteSearch, rowid, Note) SELECT 'delete', OLD.Id, OLD.Note WHERE OLD.Note IS NOT NULL;
                    INSERT INTO CallNoteSearch (rowid, Note) SELECT NEW.Id, NEW.Note WHERE NEW.Note IS NOT NULL;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS Calls_Note_Insert;
                DROP TRIGGER IF EXISTS Calls_Note_Delete;
                DROP TRIGGER IF EXISTS Calls_Note_Update;
                DROP TABLE IF EXISTS CallNoteSearch;
                """);
        }
    }
}
