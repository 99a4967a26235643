using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Zadarma.Tests.Unit.Persistence;

/// <summary>
/// The schema of a SQLite file as lines that compare well: tables, columns (type, nullability, default, collation,
/// key), indexes (unique, columns, filter) and foreign keys. Column order is left out: a column added later comes last.
/// </summary>
public static class SqliteSchema
{
    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        // Leaves out SQLite's own tables, EF's migration history and lock, and full-text tables (virtual, with their shadow tables).
        var tables = await QueryAsync(connection,
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND substr(name, 1, 7) <> 'sqlite_' AND substr(name, 1, 4) <> '__EF'");
        foreach (var table in tables.Select(t => (string)t[0]!))
        {
            lines.Add($"table {table}");
            foreach (var column in await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")"))
                lines.Add(ColumnLine(connection, table, column));
            foreach (var index in await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")"))
                lines.Add(await IndexLineAsync(connection, table, index));
            foreach (var key in await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")"))
                lines.Add($"foreign key {table}.{key[3]} -> {key[2]}.{key[4]} on update {key[5]} on delete {key[6]}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    // table_info: cid, name, type, notnull, dflt_value, pk. Collation and AUTOINCREMENT are only in the column metadata.
    private static string ColumnLine(SqliteConnection connection, string table, object?[] column)
    {
        var name = (string)column[1]!;
        var result = raw.sqlite3_table_column_metadata(connection.Handle, "main", table, name,
            out _, out var collation, out _, out _, out var autoincrement);
        if (result != raw.SQLITE_OK)
            throw new InvalidOperationException($"No metadata for {table}.{name}: SQLite error {result}.");
        return $"column {table}.{name} {column[2]}{((long)column[3]! == 1 ? " NOT NULL" : " NULL")}"
            + (column[4] is { } fallback ? $" DEFAULT {fallback}" : "")
            + $" COLLATE {collation}"
            + ((long)column[5]! > 0 ? $" key#{column[5]}" : "")
            + (autoincrement == 1 ? " AUTOINCREMENT" : "");
    }

    // index_list: seq, name, unique, origin, partial. index_xinfo: seqno, cid, name, desc, coll, key.
    private static async Task<string> IndexLineAsync(SqliteConnection connection, string table, object?[] index)
    {
        var name = (string)index[1]!;
        var columns = (await QueryAsync(connection, $"PRAGMA index_xinfo(\"{name}\")"))
            .Where(c => (long)c[5]! == 1)
            .Select(c => $"{c[2]} {c[4]}{((long)c[3]! == 1 ? " DESC" : "")}");
        // The key of a table without a rowid is the table itself: it has no entry of its own.
        var sql = (await QueryAsync(connection, $"SELECT sql FROM sqlite_master WHERE name = '{name}'")).SingleOrDefault()?[0] as string;
        var filter = sql?.IndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase) is int at and >= 0 ? sql[at..] : "";
        return $"index {table}.{name}{((long)index[2]! == 1 ? " UNIQUE" : "")} ({string.Join(", ", columns)}){filter}";
    }

    private static async Task<List<object?[]>> QueryAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
