using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;

namespace Zadarma.Core.Calls;

/// <summary>The call journal as people browse it: filtered, sorted, paged, with names of clients and employees.</summary>
public sealed class CallList(IDbContextFactory<ZadarmaDb> dbFactory, SettingsStore settings)
{
    /// <summary>From this many calls found by a name, a page is read by walking the sort's index (see <see cref="BySearchAsync"/>).</summary>
    internal const int ManyMatches = 2_000;

    /// <summary>A page of calls; its total stops one past <see cref="CountLimit.Rows"/> (see <see cref="CountLimit"/>).</summary>
    public async Task<Page<CallRow>> ListAsync(CallQuery request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = await FilteredAsync(db, request, ct);

        var total = filtered.PastCountLimit ? CountLimit.Rows + 1 : await filtered.Calls.UpToLimit().CountAsync(ct);
        var calls = await Sorted(filtered.ForPage, request).Skip(request.Skip).Take(request.Take).ToListAsync(ct);
        return new Page<CallRow>(await ToRowsAsync(db, calls, ct), total);
    }

    /// <summary>The call as the journal shows it, when it is among the calls <paramref name="within"/> asks for.</summary>
    public async Task<CallRow?> FindAsync(int callId, CallQuery within, CancellationToken ct = default) =>
        (await FindAsync([callId], within, ct)).SingleOrDefault();

    /// <summary>Those of the calls that are among the calls <paramref name="within"/> asks for, as the journal shows them.</summary>
    public async Task<IReadOnlyList<CallRow>> FindAsync(IReadOnlyCollection<int> callIds, CallQuery within, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var calls = await (await FilteredAsync(db, within, ct)).Calls.Where(c => callIds.Contains(c.Id)).ToListAsync(ct);
        return await ToRowsAsync(db, calls, ct);
    }

    /// <summary>Which of the calls are among the calls <paramref name="within"/> asks for: one query for a burst of changes.</summary>
    public async Task<IReadOnlySet<int>> IncludedAsync(IReadOnlyCollection<int> callIds, CallQuery within, CancellationToken ct = default)
    {
        if (callIds.Count == 0)
            return new HashSet<int>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = await FilteredAsync(db, within, ct);
        return (await filtered.Calls.Where(c => callIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>
    /// Each sort ends with the call's id, so a page is the same however often it is asked for. Ties go in the order of the
    /// column's index (see <see cref="CallConfiguration"/>), so the page is read from it without sorting.
    /// </summary>
    internal static IQueryable<Call> Sorted(IQueryable<Call> query, CallQuery request) =>
        (request.SortBy, request.Descending) switch
        {
            // By the name the Client and Who columns show first (see Call.ClientSortKey), a name's newest calls first.
            (nameof(CallRow.Clients), false) => query.OrderBy(c => c.ClientSortKey).ThenByDescending(c => c.StartUtc).ThenBy(c => c.Id),
            (nameof(CallRow.Clients), true) => query.OrderByDescending(c => c.ClientSortKey).ThenBy(c => c.StartUtc).ThenByDescending(c => c.Id),
            (nameof(CallRow.AnsweredByEmployee), false) => query.OrderBy(c => c.EmployeeSortKey).ThenByDescending(c => c.StartUtc).ThenBy(c => c.Id),
            (nameof(CallRow.AnsweredByEmployee), true) => query.OrderByDescending(c => c.EmployeeSortKey).ThenBy(c => c.StartUtc).ThenByDescending(c => c.Id),
            (nameof(CallRow.TalkSeconds), false) => query.OrderBy(c => c.TalkSeconds).ThenByDescending(c => c.StartUtc).ThenBy(c => c.Id),
            (nameof(CallRow.TalkSeconds), true) => query.OrderByDescending(c => c.TalkSeconds).ThenBy(c => c.StartUtc).ThenByDescending(c => c.Id),
            (nameof(CallRow.WaitSeconds), false) => query.OrderBy(c => c.WaitSeconds).ThenByDescending(c => c.StartUtc).ThenBy(c => c.Id),
            (nameof(CallRow.WaitSeconds), true) => query.OrderByDescending(c => c.WaitSeconds).ThenBy(c => c.StartUtc).ThenByDescending(c => c.Id),
            // Naming every value read each from its own part of the index, where the period narrows it; walking the index
            // whole would pass every call outside the period (oldest first, "answered" is most of the journal).
            (nameof(CallRow.Disposition), false) => WithAnyDisposition(query).OrderBy(c => c.Disposition).ThenBy(c => c.StartUtc).ThenBy(c => c.Id),
            (nameof(CallRow.Disposition), true) => WithAnyDisposition(query).OrderByDescending(c => c.Disposition).ThenByDescending(c => c.StartUtc).ThenByDescending(c => c.Id),
            // Yes or no, each read from its own part of the index as above. Calls with a recording or a note come first,
            // newest first; the other way round is that list reversed.
            (nameof(CallRow.IsRecorded), false) => query.Where(c => new[] { false, true }.Contains(c.IsRecorded))
                .OrderBy(c => c.IsRecorded).ThenBy(c => c.StartUtc).ThenBy(c => c.Id),
            (nameof(CallRow.IsRecorded), true) => query.Where(c => new[] { false, true }.Contains(c.IsRecorded))
                .OrderByDescending(c => c.IsRecorded).ThenByDescending(c => c.StartUtc).ThenByDescending(c => c.Id),
            (nameof(CallRow.Note), false) => query.Where(c => new[] { false, true }.Contains(c.HasNote))
                .OrderBy(c => c.HasNote).ThenBy(c => c.StartUtc).ThenBy(c => c.Id),
            (nameof(CallRow.Note), true) => query.Where(c => new[] { false, true }.Contains(c.HasNote))
                .OrderByDescending(c => c.HasNote).ThenByDescending(c => c.StartUtc).ThenByDescending(c => c.Id),
            (_, false) => query.OrderBy(c => c.StartUtc).ThenBy(c => c.Id),
            _ => query.OrderByDescending(c => c.StartUtc).ThenByDescending(c => c.Id),
        };

    /// <summary>Every result there is, written out so that the query names them rather than reading a list.</summary>
    private static IQueryable<Call> WithAnyDisposition(IQueryable<Call> query) =>
        query.Where(c => new[]
        {
            CallDisposition.None, CallDisposition.Other, CallDisposition.Failed, CallDisposition.NoMoney, CallDisposition.UnallocatedNumber,
            CallDisposition.NoLimit, CallDisposition.NoDayLimit, CallDisposition.LineLimit, CallDisposition.NoMoneyNoLimit,
            CallDisposition.Cancel, CallDisposition.NoAnswer, CallDisposition.Busy, CallDisposition.Answered,
        }.Contains(c.Disposition));

    internal async Task<FilteredCalls> FilteredAsync(ZadarmaDb db, CallQuery request, CancellationToken ct)
    {
        var query = db.Calls.AsNoTracking();
        if (request.FromUtc is { } from)
            query = query.Where(c => c.StartUtc >= from);
        if (request.ToUtc is { } to)
            query = query.Where(c => c.StartUtc < to);
        if (request.Direction is { } direction)
            query = query.Where(c => c.Direction == direction);
        query = WithOutcome(query, request.Outcome);
        // The lookup tables answer "this client's" and "this employee's" from an index; the calls' own lists would be read whole.
        if (request.ClientId is { } clientId)
            query = query.Where(c => db.CallClients.Where(l => l.ClientId == clientId).Select(l => l.CallId).Contains(c.Id));
        if (request.EmployeeId is { } employeeId)
            query = query.Where(c => db.CallEmployees.Where(l => l.EmployeeId == employeeId).Select(l => l.CallId).Contains(c.Id));
        if (!string.IsNullOrWhiteSpace(request.Number))
            query = await ByNumberAsync(query, request.Number, ct);
        return string.IsNullOrWhiteSpace(request.Search) ? FilteredCalls.Of(query) : await BySearchAsync(db, query, request, ct);
    }

    /// <summary>
    /// Calls whose note holds the text, and either (text with letters) whose client's name or company holds it, or (a
    /// number) whose number is it or ends with it. Each part is read from its own index and they meet by call id.
    /// </summary>
    private async Task<FilteredCalls> BySearchAsync(ZadarmaDb db, IQueryable<Call> query, CallQuery request, CancellationToken ct)
    {
        var text = request.Search!.Trim();
        IQueryable<int> byParty;
        var named = 0;
        if (text.Any(char.IsLetter))
        {
            // The period narrows the lookup table's own index: only the calls in it are read from the journal.
            var clients = ClientNameSearch.Matching(db, SearchText.Fold(text));
            var links = db.CallClients.Where(l => clients.Contains(l.ClientId));
            if (request.FromUtc is { } from)
                links = links.Where(l => l.StartUtc >= from);
            if (request.ToUtc is { } to)
                links = links.Where(l => l.StartUtc < to);
            // Counted from the lookup table alone, which takes a few milliseconds: it decides how the page is read.
            named = await links.Select(l => l.CallId).Distinct().Take(CountLimit.Rows + 1).CountAsync(ct);
            byParty = links.Select(l => l.CallId);
        }
        else
            byParty = (await ByNumberAsync(db.Calls, text, ct)).Select(c => c.Id);
        // The note index folds case and accents itself, the same way for the note and the text.
        var byNote = text.Length < ClientNameSearch.ContainsFrom
            ? null
            : db.CallNoteSearch.FromSql($"SELECT rowid FROM CallNoteSearch WHERE CallNoteSearch MATCH {SearchText.AsPhrase(text)}").Select(n => n.Id);
        var calls = byNote is null
            ? query.Where(c => byParty.Contains(c.Id))
            : query.Where(c => byParty.Contains(c.Id) || byNote.Contains(c.Id));
        if (named < ManyMatches)
            return FilteredCalls.Of(calls);
        // A name on thousands of calls: walking the sort's index and testing each call against the matches (a set SQLite
        // builds once) reaches a page long before reading every match and sorting them. "+ 0" is what keeps SQLite from
        // reading the matches by id instead. Past the count limit with nothing but the period to narrow them, the names
        // alone settle the total.
        var walked = byNote is null
            ? query.Where(c => byParty.Contains(c.Id + 0))
            : query.Where(c => byParty.Contains(c.Id + 0) || byNote.Contains(c.Id + 0));
        var onlyPeriod = request with { FromUtc = null, ToUtc = null, Search = null, Skip = 0, Take = 0, SortBy = null, Descending = true }
            == new CallQuery { Take = 0 };
        return new FilteredCalls(calls, walked, onlyPeriod && CountLimit.IsPast(named));
    }

    /// <summary>Answered wins over any code (a callback reports both legs); the codes of the others count only for calls nobody took.</summary>
    private static IQueryable<Call> WithOutcome(IQueryable<Call> query, CallOutcome outcome)
    {
        switch (outcome)
        {
            case CallOutcome.All:
                return query;
            case CallOutcome.Answered:
                return query.Where(c => c.AnsweredBy != null || c.Disposition == CallDisposition.Answered);
            case CallOutcome.Missed:
                return query.Where(c => c.Direction == CallDirection.Incoming && c.EndedUtc != null
                    && c.AnsweredBy == null && c.Disposition != CallDisposition.Answered);
            case CallOutcome.InProgress:
                return query.Where(c => c.EndedUtc == null);
        }
        var dispositions = CallOutcomes.Dispositions(outcome).ToList();
        return query.Where(c => c.AnsweredBy == null && dispositions.Contains(c.Disposition));
    }

    /// <summary>A full number in any format finds that number; a fragment of digits finds numbers ending with it.</summary>
    private async Task<IQueryable<Call>> ByNumberAsync(IQueryable<Call> query, string text, CancellationToken ct)
    {
        var country = await settings.GetDefaultCountryAsync(ct);
        if (PhoneNumber.TryParse(text, country, out var number, out _))
            return query.Where(c => c.ClientNumber == number.Value.E164);
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0)
            return query.Where(_ => false);
        // Numbers ending with the digits are the reversed numbers starting with them: one range of an index.
        var from = PhoneNumber.Reverse(digits);
        var to = from + ":";
        return query.Where(c => string.Compare(c.ClientNumberReversed, from) >= 0 && string.Compare(c.ClientNumberReversed, to) < 0);
    }

    /// <summary>
    /// The managers of the clients a call was with. Once it is with one client, matched alone or linked, that client's
    /// manager; the employees who also had its popup are not the ones to call back.
    /// </summary>
    private static IEnumerable<int> ManagersOf(Call call) =>
        call.ClientIds.Count == 1 ? call.ResponsibleEmployeeId is { } manager ? [manager] : [] : call.EmployeeIds;

    /// <summary>Names for the page's calls in two small queries rather than per row.</summary>
    private static async Task<IReadOnlyList<CallRow>> ToRowsAsync(ZadarmaDb db, List<Call> calls, CancellationToken ct)
    {
        var clientIds = calls.SelectMany(c => c.ClientIds).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => (c.Name, c.ResponsibleEmployeeId), ct);
        var employeeIds = calls.SelectMany(ManagersOf)
            .Concat(calls.Select(c => c.AnsweredByEmployeeId).OfType<int>())
            .Concat(clients.Values.Select(c => c.ResponsibleEmployeeId).OfType<int>())
            .Distinct().ToList();
        var employees = await db.Employees.AsNoTracking().Where(e => employeeIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, ct);

        CallParty? Employee(int? id) => id is { } value && employees.TryGetValue(value, out var name) ? new CallParty(value, name) : null;

        return calls.Select(c => new CallRow(
            c.Id, c.PbxCallId, c.Direction, c.StartUtc, c.ClientNumber ?? c.ClientNumberRaw, c.IsAnonymous,
            c.ClientIds.Where(clients.ContainsKey)
                .Select(id => new CallClient(id, clients[id].Name, Employee(clients[id].ResponsibleEmployeeId))).ToList(),
            ManagersOf(c).Select(id => Employee(id)).OfType<CallParty>().ToList(),
            c.Extensions, c.AnsweredBy,
            Employee(c.AnsweredByEmployeeId),
            c.Disposition, c.DispositionRaw, c.StatusCode, c.WaitSeconds, c.TalkSeconds, c.EndedUtc != null,
            c.IsRecorded, c.RecordingIds, c.Note)).ToList();
    }
}
