namespace Zadarma.Core.Api;

/// <summary>Limits and patience of the API client; the defaults are Zadarma's documented limits.</summary>
public sealed class ZadarmaApiOptions
{
    /// <summary>Per attempt; a retried GET may take up to three of these.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>First retry delay of a GET; it doubles and gets jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public int MaxRetries { get; set; } = 2;

    public int RequestsPerMinute { get; set; } = ZadarmaRateLimits.RequestsPerMinute;

    public int StatisticsPerMinute { get; set; } = ZadarmaRateLimits.StatisticsPerMinute;
}
