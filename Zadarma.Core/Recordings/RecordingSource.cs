namespace Zadarma.Core.Recordings;

/// <summary>Where the audio came from: Zadarma's temporary link, or the copy kept in the data folder.</summary>
public enum RecordingSource
{
    Remote,
    Local,
}
