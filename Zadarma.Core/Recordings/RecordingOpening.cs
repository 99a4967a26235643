namespace Zadarma.Core.Recordings;

/// <summary>What to answer a request for a recording: a refusal, a temporary link, or a local file.</summary>
public sealed record RecordingOpening(RecordingOutcome Outcome, Uri? Link = null, RecordingFile? File = null)
{
    public static readonly RecordingOpening NotFound = new(RecordingOutcome.NotFound);
    public static readonly RecordingOpening Forbidden = new(RecordingOutcome.Forbidden);
}
