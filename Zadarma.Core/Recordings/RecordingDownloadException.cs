using System.Net;

namespace Zadarma.Core.Recordings;

/// <summary>A failed copy of a recording; <see cref="Error"/> is what the user is told.</summary>
public sealed class RecordingDownloadException(
    RecordingDownloadError error, HttpStatusCode? status = null, long? maxBytes = null, Exception? inner = null)
    : Exception($"Recording download failed: {error}" + (status is { } s ? $" (HTTP {(int)s})" : ""), inner)
{
    public RecordingDownloadError Error { get; } = error;

    public HttpStatusCode? Status { get; } = status;

    /// <summary>The size limit that was exceeded, for <see cref="RecordingDownloadError.TooLarge"/>.</summary>
    public long? MaxBytes { get; } = maxBytes;

    /// <summary>Worth another try with the same link: the network or the storage may recover; a size or format never changes.</summary>
    public bool IsTransient => Error == RecordingDownloadError.Unreachable
        || Error == RecordingDownloadError.Refused && (Status is null || (int)Status >= 500 || Status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);

    /// <summary>What storage answers to an expired or revoked link: another try needs a fresh link, not the same one.</summary>
    public bool IsLinkRefused => Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Gone;

    /// <summary>The storage's refusal, worded by what it means for the recording.</summary>
    public static RecordingDownloadException Refusal(HttpStatusCode status) =>
        new(status is HttpStatusCode.NotFound or HttpStatusCode.Gone ? RecordingDownloadError.Gone : RecordingDownloadError.Refused, status);
}
