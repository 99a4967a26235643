namespace Zadarma.Core.Recordings;

/// <summary>One play or download of a recording: who, when, which call and recording, and from where.</summary>
public sealed class RecordingAudit
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public int UserId { get; set; }

    /// <summary>The user name at the time, so the entry still reads after the user is renamed or removed.</summary>
    public required string UserName { get; set; }

    public int CallId { get; set; }

    public required string PbxCallId { get; set; }

    public required string RecordingId { get; set; }

    public RecordingAction Action { get; set; }

    public RecordingSource Source { get; set; }
}
