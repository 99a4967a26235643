using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Calls;

/// <summary>
/// What people change on a call: a note, and which client it was. Single-column updates, so they never
/// overwrite what the webhook inbox writes at the same time. Each change is announced, as the inbox announces its own,
/// so that open lists and popups show it.
/// </summary>
public sealed class CallEdits(IDbContextFactory<ZadarmaDb> dbFactory, ICallEvents events, ILogger<CallEdits> logger)
{
    public const int MaxNoteLength = 4000;

    public async Task SaveNoteAsync(int callId, string? note, CancellationToken ct = default)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > MaxNoteLength)
            note = note[..MaxNoteLength];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Calls.Where(c => c.Id == callId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Note, note), ct);
        logger.LogInformation("Note saved on call {CallId}", callId);
        var saved = await db.Calls.AsNoTracking().Where(c => c.Id == callId)
            .Select(c => new { c.PbxCallId, c.EmployeeIds }).SingleOrDefaultAsync(ct);
        if (saved is not null)
            Announce(new CallChange(callId, saved.PbxCallId, saved.EmployeeIds));
    }

    /// <summary>Says which client the call was with: the one picked among several matches, or one just created.</summary>
    public async Task LinkClientAsync(int callId, int clientId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var manager = await db.Clients.Where(c => c.Id == clientId).Select(c => c.ResponsibleEmployeeId).SingleOrDefaultAsync(ct);
        var call = await db.Calls.SingleOrDefaultAsync(c => c.Id == callId, ct) ?? throw new KeyNotFoundException($"Call {callId} does not exist.");
        call.ClientIds = [clientId];
        call.ResponsibleEmployeeId = manager;
        // Those who already have the popup keep getting its updates; the client's manager joins them.
        if (manager is { } m && !call.EmployeeIds.Contains(m))
            call.EmployeeIds = [.. call.EmployeeIds, m];
        // Only these three columns are written: the inbox's own fields stay as it left them.
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Call {CallId} linked to client {ClientId}", callId, clientId);
        Announce(new CallChange(callId, call.PbxCallId, call.EmployeeIds));
    }

    /// <summary>The edit is saved whatever a listener does with the news.</summary>
    private void Announce(CallChange change)
    {
        try
        {
            events.CallChanged(change);
        }
        catch (Exception e)
        {
            logger.LogError(e, "A subscriber failed on the change of call {CallId}", change.CallId);
        }
    }
}
