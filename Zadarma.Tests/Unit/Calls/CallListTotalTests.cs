using Zadarma.Core.Calls;
using Zadarma.Core.Paging;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Calls;

/// <summary>Totals are exact up to the count limit and "more than" past it, whatever the filter.</summary>
public sealed class CallListTotalTests : IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
    private TestDatabase _db = default!;
    private CallList _list = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _list = new CallList(_db.Factory, _db.Settings);
        await using var db = await _db.Factory.CreateDbContextAsync();
        db.Calls.AddRange(Enumerable.Range(0, CountLimit.Rows + 5).Select(i => new Call
        {
            PbxCallId = $"in_{i}",
            Direction = i < 3 ? CallDirection.Outgoing : CallDirection.Incoming,
            Disposition = CallDisposition.Answered,
            EventsSeen = WebhookEventType.NotifyStart | WebhookEventType.NotifyEnd,
            StartUtc = Start.AddMinutes(i),
            EndedUtc = Start.AddMinutes(i + 1),
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
}
