namespace Zadarma.Core.Recordings;

/// <summary>How recordings are fetched and kept, from configuration section <c>Recordings</c>.</summary>
public sealed class RecordingOptions
{
    public const string Section = "Recordings";

    /// <summary>Lifetime asked of Zadarma for a link played remotely; short, because the link itself is the permission.</summary>
    public TimeSpan RemoteLinkLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A cached link is replaced this long before Zadarma says it stops working.</summary>
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A larger file is refused rather than filling the disk; calls are minutes of compressed audio.</summary>
    public long MaxBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Tries of one download, the first included.</summary>
    public int DownloadAttempts { get; set; } = 3;

    /// <summary>Wait before the second try; it doubles after that.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Folder of the local copies; set from the app's data folder.</summary>
    public string Folder { get; set; } = "";
}
