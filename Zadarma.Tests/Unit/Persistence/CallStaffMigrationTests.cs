using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Zadarma.Core.Persistence;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Persistence;

public sealed class CallStaffMigrationTests
{
    [Fact]
    public async Task Calls_already_in_the_journal_get_their_staff_from_the_mapping_of_the_day()
    {
        var folder = TempFolder.Create("migration");
        try
        {
            var options = new DbContextOptionsBuilder<ZadarmaDb>().UseSqlite(Database.ConnectionString(folder)).Options;
            await using var db = new ZadarmaDb(options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261122000500_Recordings");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Employees (Id, Name, IsActive) VALUES (1, 'Olga', 1), (2, 'Ivan', 1);
                INSERT INTO Extensions (Number, Name, EmployeeId, IsRemoved, FetchedUtc) VALUES
                    ('100', NULL, 1, 0, '2026-11-01'), ('101', NULL, 2, 0, '2026-11-01'), ('102', NULL, NULL, 0, '2026-11-01');
                """);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Calls (PbxCallId, Direction, EventsSeen, ClientNumberRank, IsAnonymous, Extensions, AnsweredBy, ClientIds,
                                   EmployeeIds, Disposition, IsRecorded, RecordingIds)
                VALUES ('in_answered', 'Incoming', 0, 0, 0, '["100","101","102"]', '101', '[]', '[]', 'Answered', 0, '[]'),
                       ('in_missed', 'Incoming', 0, 0, 0, '["102"]', NULL, '[]', '[]', 'NoAnswer', 0, '[]'),
                       ('in_none', 'Incoming', 0, 0, 0, '[]', NULL, '[]', '[]', 'None', 0, '[]');
                """);

            await migrator.MigrateAsync();

            var calls = await db.Calls.AsNoTracking().ToDictionaryAsync(c => c.PbxCallId);
            Assert.Equal(2, calls["in_answered"].AnsweredByEmployeeId);
            Assert.Equal([1, 2], calls["in_answered"].StaffEmployeeIds);
            Assert.Null(calls["in_missed"].AnsweredByEmployeeId);
            Assert.Empty(calls["in_missed"].StaffEmployeeIds);
            Assert.Empty(calls["in_none"].StaffEmployeeIds);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.Delete(folder);
        }
    }
}
