namespace Zadarma.Core.Recordings;

/// <summary>Why a recording could not be copied from Zadarma, in the terms the UI explains.</summary>
public enum RecordingDownloadError
{
    /// <summary>No answer in time, or the connection broke.</summary>
    Unreachable,

    /// <summary>Zadarma's storage answered with an error status.</summary>
    Refused,

    /// <summary>Zadarma's storage does not have the file (HTTP 404 or 410), even behind a fresh link.</summary>
    Gone,

    /// <summary>Bigger than <see cref="RecordingOptions.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The file is neither MP3 nor WAV.</summary>
    NotAudio,
}
