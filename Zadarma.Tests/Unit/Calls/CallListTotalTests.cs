using Zadarma.Core.Calls;
using Zadarma.Core.Paging;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Calls;

/// <summary>Totals are exact up to the count limit and "more than" past it, whatever the filter.</summary>
public sealed class CallListTotalTests : IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
    // Every call but this one is with the same client.
    private const int Stranger = CountLimit.Rows + 4;
    private TestDatabase _db = default!;
    private CallList _list = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _list = new CallList(_db.Factory, _db.Settings);
        var kowalski = await _db.AddClientAsync("Jan Kowalski");
        await using var db = await _db.Factory.CreateDbContextAsync();
        db.Calls.AddRange(Enumerable.Range(0, CountLimit.Rows + 5).Select(i => new Call
        {
            PbxCallId = $"in_{i}",
            Direction = i < 3 ? CallDirection.Outgoing : CallDirection.Incoming,
            Disposition = CallDisposition.Answered,
            EventsSeen = WebhookEventType.NotifyStart | WebhookEventType.NotifyEnd,
            StartUtc = Start.AddMinutes(i),
            EndedUtc = Start.AddMinutes(i + 1),
            ClientIds = i == Stranger ? [] : [kowalski],
        }));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Past_the_limit_the_total_says_more_and_the_newest_page_still_comes()
    {
        var page = await _list.ListAsync(new CallQuery());

        Assert.Equal(CountLimit.Rows + 1, page.Total);
        Assert.Equal($"in_{CountLimit.Rows + 4}", page.Items[0].PbxCallId);
    }

    [Fact]
    public async Task Under_the_limit_the_total_is_exact()
    {
        Assert.Equal(3, (await _list.ListAsync(new CallQuery { Direction = CallDirection.Outgoing })).Total);
        Assert.Equal(5, (await _list.ListAsync(new CallQuery { FromUtc = Start.AddMinutes(CountLimit.Rows) })).Total);
    }

    [Fact]
    public async Task A_name_on_more_calls_than_are_counted_says_more_and_its_newest_page_is_read_in_time_order()
    {
        var page = await _list.ListAsync(new CallQuery { Search = "kowalski" });

        Assert.Equal(CountLimit.Rows + 1, page.Total);
        Assert.Equal([$"in_{CountLimit.Rows + 3}", $"in_{CountLimit.Rows + 2}"], page.Items.Take(2).Select(c => c.PbxCallId));
        await using var db = await _db.Factory.CreateDbContextAsync();
        var filtered = await _list.FilteredAsync(db, new CallQuery { Search = "kowalski" }, default);
        QueryPlan.AssertIndexedWithoutSort(await QueryPlan.OfAsync(db, CallList.Sorted(filtered.ForPage, new CallQuery()).Take(20)));
    }

    [Fact]
    public async Task A_name_on_many_calls_narrowed_by_another_filter_is_counted_exactly()
    {
        var page = await _list.ListAsync(new CallQuery { Search = "kowalski", Direction = CallDirection.Outgoing });

        Assert.Equal(3, page.Total);
        Assert.Equal(["in_2", "in_1", "in_0"], page.Items.Select(c => c.PbxCallId));
        Assert.Equal(4, (await _list.ListAsync(new CallQuery { Search = "kowalski", FromUtc = Start.AddMinutes(CountLimit.Rows) })).Total);
    }
}
