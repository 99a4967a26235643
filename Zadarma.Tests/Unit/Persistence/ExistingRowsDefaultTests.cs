using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Persistence;

public sealed class ExistingRowsDefaultTests
{
    [Fact]
    public async Task A_new_row_keeps_false_and_zero_where_the_column_has_another_default()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Settings.ExecuteDeleteAsync();
            db.Settings.Add(new AppSettings
            {
                ZadarmaUseSandbox = false,
                PlayRecordingsRemotely = false,
                RoutingEnabled = false,
                RoutingReturnTimeout = 0,
                SendCallerName = false,
                PbxUtcOffsetMinutes = 0,
            });
            await db.SaveChangesAsync();
        }

        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var saved = await db.Settings.AsNoTracking().SingleAsync();
            Assert.False(saved.ZadarmaUseSandbox);
            Assert.False(saved.PlayRecordingsRemotely);
            Assert.False(saved.RoutingEnabled);
            Assert.Equal(0, saved.RoutingReturnTimeout);
            Assert.False(saved.SendCallerName);
            Assert.Equal(0, saved.PbxUtcOffsetMinutes);
        }
    }
}
