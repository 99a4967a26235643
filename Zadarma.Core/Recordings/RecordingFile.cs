namespace Zadarma.Core.Recordings;

/// <summary>A local copy of a recording, ready to be served.</summary>
public sealed record RecordingFile(string Path, string ContentType, string DownloadName);
