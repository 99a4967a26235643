using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Webhooks;

/// <summary>The inbox's periodic reads go to their partial index, so they cost the same at a million notifications as at none.</summary>
public sealed class InboxQueryPlanTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_retry_reads_only_the_waiting_notifications()
    {
        await using var db = await _db.Factory.CreateDbContextAsync();

        var plan = await QueryPlan.OfAsync(db, db.InboxEvents.DueIds(0, DateTime.UtcNow, WebhookInbox.BatchSize));

        QueryPlan.AssertUses(plan, "IX_InboxEvents_Waiting");
    }

    [Fact]
    public async Task The_retention_reads_only_the_applied_notifications_in_the_order_it_deletes_them()
    {
        await using var db = await _db.Factory.CreateDbContextAsync();

        var plan = await QueryPlan.OfAsync(db, db.InboxEvents.AppliedBefore(DateTime.UtcNow).Take(InboxRetention.BatchSize).Select(e => e.Id));

        QueryPlan.AssertUses(plan, "IX_InboxEvents_Applied");
        QueryPlan.AssertIndexedWithoutSort(plan);
    }
}
