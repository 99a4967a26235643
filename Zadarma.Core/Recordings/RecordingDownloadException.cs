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

    /// <summary>Worth another try: the network or the storage may recover; a size or format never changes.</summary>
    public bool IsTransient => Error == RecordingDownloadError.Unreachable
        || Error == RecordingDownloadError.Refused && (Status is null || (int)Status >= 500 || Status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
}
