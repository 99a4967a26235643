using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Webhooks;

public sealed class InboxRetentionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TestClock _clock = new(Now);
    private TestDatabase _db = null!;
    private InboxRetention _retention = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _retention = new InboxRetention(_db.Factory, _clock, TimeSpan.FromDays(90), NullLogger<InboxRetention>.Instance);
    }

    public async Task DisposeAsync()
    {
        _retention.Dispose();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Applied_notifications_past_the_retention_go_in_batches_and_every_other_one_stays()
    {
        var old = Now.UtcDateTime.AddDays(-91);
        var recent = Now.UtcDateTime.AddDays(-89);
        var expired = InboxRetention.BatchSize * 2 + 7;
        await AddAsync(Enumerable.Range(0, expired).Select(i => Event($"old-{i}", old.AddMinutes(-i), applied: true)));
        await AddAsync([
            Event("recent", recent, applied: true),
            Event("old-failed", old, applied: false, attempts: 4),
            Event("old-waiting", old, applied: false),
        ]);

        var deleted = await _retention.DeleteExpiredAsync(default);

        Assert.Equal(expired, deleted);
        await using var db = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(["old-failed", "old-waiting", "recent"], await db.InboxEvents.Select(e => e.Key).OrderBy(k => k).ToListAsync());
    }

    [Fact]
    public async Task A_notification_becomes_due_for_deletion_only_when_its_time_has_passed()
    {
        await AddAsync([Event("applied", Now.UtcDateTime, applied: true)]);

        _clock.Advance(TimeSpan.FromDays(90) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await _retention.DeleteExpiredAsync(default));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await _retention.DeleteExpiredAsync(default));
    }

    private static InboxEvent Event(string key, DateTime receivedUtc, bool applied, int attempts = 0) => new()
    {
        Key = key,
        Event = "NOTIFY_START",
        PbxCallId = "in_" + key,
        Fields = "{}",
        ReceivedUtc = receivedUtc,
        IsApplied = applied,
        Attempts = attempts,
    };

    private async Task AddAsync(IEnumerable<InboxEvent> events)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        db.InboxEvents.AddRange(events);
        await db.SaveChangesAsync();
    }
}
