using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Calls;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Calls;

/// <summary>The journal's lookup tables by employee and client follow every write to a call, whoever makes it.</summary>
public sealed class CallLinksTests : IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private TestDatabase _db = default!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_new_call_is_linked_to_its_managers_staff_and_clients_and_a_change_moves_the_links()
    {
        var call = await _db.AddCallAsync(new Call
        {
            PbxCallId = "in_1", Direction = CallDirection.Incoming, StartUtc = Start,
            EmployeeIds = [3], StaffEmployeeIds = [3, 4], ClientIds = [5, 6],
        });

        Assert.Equal([(3, Start), (4, Start)], await EmployeesAsync(call.Id));
        Assert.Equal([(5, Start), (6, Start)], await ClientsAsync(call.Id));

        await using (var db = await _db.Factory.CreateDbContextAsync())
        {
            var stored = await db.Calls.SingleAsync(c => c.Id == call.Id);
            stored.EmployeeIds = [3, 7];
            stored.ClientIds = [6];
            stored.StartUtc = Start.AddSeconds(-5);
            await db.SaveChangesAsync();
        }

        var earlier = Start.AddSeconds(-5);
        Assert.Equal([(3, earlier), (4, earlier), (7, earlier)], await EmployeesAsync(call.Id));
        Assert.Equal([(6, earlier)], await ClientsAsync(call.Id));
    }

    [Fact]
    public async Task The_lookup_tables_keep_each_row_once_in_their_keys_order()
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        // Without a rowid: a migration that rebuilds either table must say so again.
        var withoutRowId = await db.Database.SqlQueryRaw<string>(
            "SELECT name AS Value FROM pragma_table_list WHERE wr = 1 AND name IN ('CallEmployees', 'CallClients') ORDER BY name").ToListAsync();
        Assert.Equal(["CallClients", "CallEmployees"], withoutRowId);
    }

    private async Task<List<(int, DateTime)>> EmployeesAsync(int callId)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        return (await db.CallEmployees.Where(l => l.CallId == callId).OrderBy(l => l.EmployeeId).ToListAsync())
            .Select(l => (l.EmployeeId, l.StartUtc!.Value)).ToList();
    }

    private async Task<List<(int, DateTime)>> ClientsAsync(int callId)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        return (await db.CallClients.Where(l => l.CallId == callId).OrderBy(l => l.ClientId).ToListAsync())
            .Select(l => (l.ClientId, l.StartUtc!.Value)).ToList();
    }
}
