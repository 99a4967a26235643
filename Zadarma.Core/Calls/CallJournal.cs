using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Calls;

/// <summary>Reads the call journal; the webhook inbox is its only writer.</summary>
public sealed class CallJournal(IDbContextFactory<ZadarmaDb> dbFactory)
{
    public async Task<Call?> FindAsync(string pbxCallId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.PbxCallId == pbxCallId, ct);
    }

    public async Task<Call?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
    }
}
