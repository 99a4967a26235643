using Microsoft.Data.Sqlite;

namespace Zadarma.Benchmarks;

/// <summary>Reads the app's SQLite file afterwards: were all posted notifications stored and applied?</summary>
public static class JournalCount
{
    public static async Task<(long Stored, long Applied, long Calls, long AnsweredCalls)> ForPrefixAsync(string databaseFile, string prefix)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly }.ToString();
        await using var db = new SqliteConnection(connection);
        await db.OpenAsync();
        var pattern = prefix + "%";
        return (
            await ScalarAsync(db, "SELECT COUNT(*) FROM InboxEvents WHERE PbxCallId LIKE $p", pattern),
            await ScalarAsync(db, "SELECT COUNT(*) FROM InboxEvents WHERE PbxCallId LIKE $p AND IsApplied = 1", pattern),
            await ScalarAsync(db, "SELECT COUNT(*) FROM Calls WHERE PbxCallId LIKE $p", pattern),
            await ScalarAsync(db, "SELECT COUNT(*) FROM Calls WHERE PbxCallId LIKE $p AND Disposition = 'Answered' AND AnsweredBy IS NOT NULL AND StartUtc IS NOT NULL", pattern));
    }

    private static async Task<long> ScalarAsync(SqliteConnection db, string sql, string pattern)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", pattern);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
