using Zadarma.Core.Calls;
using Zadarma.Core.Paging;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Calls;

/// <summary>
/// Every sort and filter of the journal is read from an index, page and total alike, with no sort of the calls
/// afterwards: what takes a millisecond here takes a millisecond at a million calls.
/// </summary>
public sealed class CallQueryPlanTests : IAsyncLifetime
{
    private static readonly DateTime MonthAgo = new(2026, 11, 3, 0, 0, 0, DateTimeKind.Utc);
    private TestDatabase _db = default!;
    private CallList _list = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _list = new CallList(_db.Factory, _db.Settings);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    public static TheoryData<string, bool> Sorts => new()
    {
        { nameof(CallRow.StartUtc), true }, { nameof(CallRow.StartUtc), false },
        { nameof(CallRow.Clients), true }, { nameof(CallRow.Clients), false },
        { nameof(CallRow.AnsweredByEmployee), true }, { nameof(CallRow.AnsweredByEmployee), false },
        { nameof(CallRow.Disposition), true }, { nameof(CallRow.Disposition), false },
        { nameof(CallRow.TalkSeconds), true }, { nameof(CallRow.TalkSeconds), false },
        { nameof(CallRow.WaitSeconds), true }, { nameof(CallRow.WaitSeconds), false },
        { nameof(CallRow.IsRecorded), true }, { nameof(CallRow.IsRecorded), false },
        { nameof(CallRow.Note), true }, { nameof(CallRow.Note), false },
    };

    public static TheoryData<string> Filters => new(FilterCases.Keys);

    /// <summary>
    /// Each filter, and whether its page may be sorted after reading: the calls of one employee, one client or one number
    /// are read from their own index and are few, so sorting them costs less than walking the time index for them.
    /// </summary>
    private static readonly Dictionary<string, (CallQuery Query, bool SortsOneParty)> FilterCases = new()
    {
        ["none"] = (new CallQuery(), false),
        ["direction"] = (new CallQuery { Direction = CallDirection.Outgoing }, false),
        ["answered"] = (new CallQuery { Outcome = CallOutcome.Answered }, false),
        ["missed"] = (new CallQuery { Outcome = CallOutcome.Missed }, false),
        ["busy"] = (new CallQuery { Outcome = CallOutcome.Busy }, false),
        ["employee"] = (new CallQuery { EmployeeId = 7 }, true),
        ["client"] = (new CallQuery { ClientId = 3 }, true),
        ["full number"] = (new CallQuery { Number = "+79991234567" }, false),
        ["last digits"] = (new CallQuery { Number = "4567" }, true),
        // A search reads its matches from the name, note and number indexes, then sorts them.
        ["search a name"] = (new CallQuery { Search = "kowalski" }, true),
        ["search two letters"] = (new CallQuery { Search = "jo" }, true),
        ["search digits"] = (new CallQuery { Search = "4567" }, true),
    };

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Each_sort_reads_its_page_in_order_over_any_period(string sortBy, bool descending)
    {
        foreach (var from in new DateTime?[] { null, MonthAgo })
        {
            var request = new CallQuery { FromUtc = from, SortBy = sortBy, Descending = descending };
            QueryPlan.AssertIndexedWithoutSort(await PagePlanAsync(request));
        }
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_reads_its_page_and_total_from_an_index_over_any_period(string filter)
    {
        var (query, sortsOneParty) = FilterCases[filter];
        foreach (var from in new DateTime?[] { null, MonthAgo })
        {
            var request = query with { FromUtc = from };
            var page = await PagePlanAsync(request);
            if (sortsOneParty)
                QueryPlan.AssertIndexed(page);
            else
                QueryPlan.AssertIndexedWithoutSort(page);
            // Counting stops at the limit: where most calls match (all of them, or the answered), a plain read of the
            // table reaches it as soon as an index would.
            if (filter is not ("none" or "answered") || from is not null)
                QueryPlan.AssertIndexed(await TotalPlanAsync(request));
        }
    }

    private async Task<IReadOnlyList<string>> PagePlanAsync(CallQuery request)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        var filtered = await _list.FilteredAsync(db, request, default);
        return await QueryPlan.OfAsync(db, CallList.Sorted(filtered.ForPage, request).Skip(request.Skip).Take(request.Take));
    }

    private async Task<IReadOnlyList<string>> TotalPlanAsync(CallQuery request)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        return await QueryPlan.OfAsync(db, (await _list.FilteredAsync(db, request, default)).Calls.UpToLimit());
    }
}
