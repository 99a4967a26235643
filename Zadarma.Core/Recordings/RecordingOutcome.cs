namespace Zadarma.Core.Recordings;

public enum RecordingOutcome
{
    NotFound,
    Forbidden,

    /// <summary>Play straight from Zadarma's temporary link.</summary>
    Remote,

    /// <summary>Serve the copy in the data folder.</summary>
    Local,
}
