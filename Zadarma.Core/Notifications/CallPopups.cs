using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Calls;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Notifications;

/// <summary>Builds a call's popup from the journal and the directory, and says which employees it concerns.</summary>
public sealed class CallPopups(IDbContextFactory<ZadarmaDb> dbFactory)
{
    private const int RecentCallCount = 5;

    public async Task<(CallPopup Popup, IReadOnlyList<int> EmployeeIds)?> BuildAsync(int callId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
            return null;

        var clients = await db.Clients.AsNoTracking()
            .Where(c => call.ClientIds.Contains(c.Id))
            .Select(c => new PopupClient(c.Id, c.Name, c.Company, c.ResponsibleEmployee == null ? null : c.ResponsibleEmployee.Name))
            .ToListAsync(ct);

        // Whose extensions rang or answered, by the current mapping.
        var byExtension = await db.Extensions.AsNoTracking()
            .Where(x => call.Extensions.Contains(x.Number) && x.EmployeeId != null)
            .Select(x => new { x.Number, EmployeeId = x.EmployeeId!.Value, x.Employee!.Name })
            .ToListAsync(ct);
        var answeredBy = call.AnsweredBy is { } ext ? byExtension.FirstOrDefault(x => x.Number == ext)?.Name ?? ext : null;

        var recent = call.ClientNumber is { } number ? await RecentCallsAsync(db, number, call.Id, ct) : [];

        var state = call.EndedUtc is not null ? CallPopupState.Ended
            : call.AnsweredBy is not null ? CallPopupState.Answered
            : CallPopupState.Ringing;
        var popup = new CallPopup(call.Id, call.PbxCallId, call.Direction, call.ClientNumber ?? call.ClientNumberRaw, call.IsAnonymous,
            clients, state, answeredBy, call.Disposition, call.DispositionRaw, call.TalkSeconds, recent, call.Note, call.StartUtc);

        var employees = call.EmployeeIds.Concat(byExtension.Select(x => x.EmployeeId)).Distinct().ToList();
        return (popup, employees);
    }

    /// <summary>Who answered each earlier call is the employee the journal kept for it, not whoever has the extension now.</summary>
    private static async Task<IReadOnlyList<PastCall>> RecentCallsAsync(ZadarmaDb db, string number, int exceptCallId, CancellationToken ct)
    {
        var calls = await db.Calls.AsNoTracking()
            .Where(c => c.ClientNumber == number && c.Id != exceptCallId)
            .OrderByDescending(c => c.StartUtc)
            .Take(RecentCallCount)
            .Select(c => new { c.Id, c.StartUtc, c.Direction, c.Disposition, c.AnsweredBy, c.AnsweredByEmployeeId })
            .ToListAsync(ct);
        var employeeIds = calls.Select(c => c.AnsweredByEmployeeId).OfType<int>().Distinct().ToList();
        var employees = await db.Employees.AsNoTracking()
            .Where(e => employeeIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        return calls
            .Select(c => new PastCall(c.Id, c.StartUtc, c.Direction, c.Disposition, c.AnsweredBy != null || c.Disposition == CallDisposition.Answered,
                c.AnsweredBy is { } extension
                    ? c.AnsweredByEmployeeId is { } id && employees.TryGetValue(id, out var name) ? name : extension
                    : null))
            .ToList();
    }
}
