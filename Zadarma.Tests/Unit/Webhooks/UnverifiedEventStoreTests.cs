using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;
using static Zadarma.Tests.Unit.Webhooks.Notifications;

namespace Zadarma.Tests.Unit.Webhooks;

public sealed class UnverifiedEventStoreTests
{
    [Fact]
    public async Task Only_the_newest_are_kept()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var store = new UnverifiedEventStore(db.Factory, NullLogger<UnverifiedEventStore>.Instance, perMinute: 5000);

        for (var i = 0; i < UnverifiedEventStore.Kept + 5; i++)
            Assert.True(await store.TryKeepAsync(Event(Fields(("event", "SPEECH_RECOGNITION"), ("n", i.ToString())), DateTime.UtcNow), "sig", null, default));

        await using var context = await db.Factory.CreateDbContextAsync();
        var kept = await context.UnverifiedEvents.Select(e => e.Fields).ToListAsync();
        Assert.Equal(UnverifiedEventStore.Kept, kept.Count);
        Assert.DoesNotContain(kept, f => f.Contains("[\"n\",\"4\"]"));
        Assert.Contains(kept, f => f.Contains($"[\"n\",\"{UnverifiedEventStore.Kept + 4}\"]"));
    }

    [Theory]
    [InlineData("SPEECH_RECOGNITION", "sig", true)]
    [InlineData("SPEECH_RECOGNITION", "", false)]
    [InlineData("NOTIFY_SOMETHING_NEW", "sig", false)]
    [InlineData("notify_lowercase", "sig", false)]
    [InlineData("NOTIFY_START", "sig", false)]
    public void Only_unknown_kinds_outside_the_notify_family_with_a_signature_may_be_kept(string name, string signature, bool expected)
    {
        var webhook = Event(Fields(("event", name), ("call_start", CallStart), ("pbx_call_id", "in_1"), ("caller_id", "1"), ("called_did", Did)), DateTime.UtcNow);
        Assert.Equal(expected, UnverifiedEventStore.MayKeep(webhook, signature));
    }
}
