using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Calls;
using Zadarma.Core.Paging;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Recordings;

/// <summary>Writes every play and download of a recording, and shows them to admins newest first.</summary>
public sealed class RecordingAuditLog(IDbContextFactory<ZadarmaDb> dbFactory, TimeProvider clock)
{
    public async Task WriteAsync(RecordingListener listener, Call call, string recordingId, RecordingAction action, RecordingSource source, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.RecordingAudits.Add(new RecordingAudit
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = listener.UserId,
            UserName = listener.UserName,
            CallId = call.Id,
            PbxCallId = call.PbxCallId,
            RecordingId = recordingId,
            Action = action,
            Source = source,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <param name="userId">Only the plays and downloads of this user; everyone's when null.</param>
    public async Task<Page<RecordingAudit>> PageAsync(PageRequest request, int? userId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = db.RecordingAudits.AsNoTracking();
        if (userId is { } user)
            entries = entries.Where(a => a.UserId == user);
        var total = await entries.CountAsync(ct);
        var items = await entries
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip(request.Skip).Take(request.Take)
            .ToListAsync(ct);
        return new Page<RecordingAudit>(items, total);
    }
}
