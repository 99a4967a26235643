using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Webhooks;

/// <summary>
/// Deletes applied notifications once they are older than the retention: their call keeps everything they said, and
/// kept forever they would outgrow the journal itself. Waiting and failed ones stay until they apply or an admin
/// deals with them; the call journal is never pruned.
/// </summary>
public sealed class InboxRetention(IDbContextFactory<ZadarmaDb> dbFactory, TimeProvider clock, TimeSpan retain, ILogger<InboxRetention> logger)
    : BackgroundService
{
    /// <summary>Small enough that the webhook writer never waits for the lock longer than one batch takes.</summary>
    public const int BatchSize = 500;

    private static readonly TimeSpan FirstPass = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private static readonly TimeSpan PauseBetweenBatches = TimeSpan.FromMilliseconds(20);

    /// <summary>Deletes every applied notification past the retention, a batch at a time. Returns how many went.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - retain;
        var deleted = 0;
        while (true)
        {
            int batch;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
                batch = await db.InboxEvents.AppliedBefore(cutoff).Take(BatchSize).ExecuteDeleteAsync(ct);
            deleted += batch;
            if (batch < BatchSize)
                return deleted;
            // Each batch is its own transaction; the pause lets a waiting webhook write go first.
            await Task.Delay(PauseBetweenBatches, ct);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(FirstPass, clock, stoppingToken);
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var deleted = await DeleteExpiredAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} applied webhook events received more than {RetainDays} days ago", deleted, retain.TotalDays);
                    var pages = await Database.CompactAsync(dbFactory, PauseBetweenBatches, stoppingToken);
                    if (pages > 0)
                        logger.LogInformation("The database gave back {Pages} free pages", pages);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Deleting old applied webhook events failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
