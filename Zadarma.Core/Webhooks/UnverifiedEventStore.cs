using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Webhooks;

/// <summary>
/// Keeps aside notifications of unknown kinds that no known signing rule verifies. Nobody's signature is checked
/// for them, so what anyone can write here is bounded twice: a few a minute, and only the newest <see cref="Kept"/>.
/// </summary>
public sealed class UnverifiedEventStore(IDbContextFactory<ZadarmaDb> dbFactory, ILogger<UnverifiedEventStore> logger, int perMinute) : IDisposable
{
    public const int Kept = 1000;

    private readonly TokenBucketRateLimiter _limiter = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, perMinute),
        TokensPerPeriod = Math.Max(1, perMinute),
        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    });

    /// <summary>
    /// An unknown kind that is not a <c>NOTIFY_</c> one (those have signing rules, and a wrong signature is refused)
    /// and carries a signature that can be checked once its rule is known.
    /// </summary>
    public static bool MayKeep(WebhookEvent webhook, string? signature) =>
        webhook.Type == WebhookEventType.Unknown && !webhook.Name.StartsWith("NOTIFY_", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrEmpty(signature);

    /// <summary>Stores it, or returns false when too many have come this minute.</summary>
    public async Task<bool> TryKeepAsync(WebhookEvent webhook, string signature, string? sender, CancellationToken ct)
    {
        using var lease = _limiter.AttemptAcquire();
        if (!lease.IsAcquired)
            return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kept = new UnverifiedEvent
        {
            Event = Cut(webhook.Name, 50),
            Fields = webhook.FieldsJson(),
            Signature = Cut(signature, 200),
            Sender = sender,
            ReceivedUtc = webhook.ReceivedUtc,
        };
        db.UnverifiedEvents.Add(kept);
        await db.SaveChangesAsync(ct);
        await db.UnverifiedEvents.Where(e => e.Id <= kept.Id - Kept).ExecuteDeleteAsync(ct);
        logger.LogInformation("Webhook {Event} of an unknown kind kept unverified as {UnverifiedId}", kept.Event, kept.Id);
        return true;
    }

    public void Dispose() => _limiter.Dispose();

    private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;
}
