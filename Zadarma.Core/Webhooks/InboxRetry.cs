using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Zadarma.Core.Webhooks;

/// <summary>Gives stored notifications that failed to apply another go, each after its own backoff.</summary>
public sealed class InboxRetry(WebhookInbox inbox, ILogger<InboxRetry> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var tried = await inbox.RetryDueAsync(stoppingToken);
                if (tried > 0)
                    logger.LogInformation("Retried {Count} unapplied webhook events", tried);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Retrying unapplied webhook events failed");
            }
        }
    }
}
