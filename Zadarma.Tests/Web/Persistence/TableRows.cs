using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Zadarma.Tests.Web.Persistence;

/// <summary>Every value in every table of a SQLite file, one line each (<c>Table[rowid].Column = type:value</c>), to compare before and after an upgrade.</summary>
public static class TableRows
{
    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<(string Name, bool WithoutRowId)>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND substr(name, 1, 7) <> 'sqlite_' AND substr(name, 1, 4) <> '__EF'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add((reader.GetString(0), reader.GetInt64(1) == 1));
        }

        var lines = new List<string>();
        foreach (var (table, withoutRowId) in tables)
        {
            await using var select = connection.CreateCommand();
            // A table without a rowid is read in its key's order and its rows numbered.
            select.CommandText = withoutRowId
                ? $"SELECT row_number() OVER () AS \"(rowid)\", * FROM \"{table}\""
                : $"SELECT rowid AS \"(rowid)\", * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 1; i < reader.FieldCount; i++)
                    lines.Add($"{table}[{reader.GetInt64(0)}].{reader.GetName(i)} = {Describe(reader.GetValue(i))}");
            }
        }
        return lines;
    }

    private static string Describe(object value) => value switch
    {
        DBNull => "null",
        byte[] bytes => "blob:" + Convert.ToHexString(bytes),
        _ => $"{value.GetType().Name}:{Convert.ToString(value, CultureInfo.InvariantCulture)}",
    };
}
