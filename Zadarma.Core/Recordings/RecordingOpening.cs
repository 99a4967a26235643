namespace Zadarma.Core.Recordings;

/// <summary>What to answer a request for a recording: a refusal, a temporary link, or a local file.</summary>
/// <param name="Continuation">After a renewal: what the replay's address carries, so that it is not audited as a new play.</param>
public sealed record RecordingOpening(RecordingOutcome Outcome, Uri? Link = null, RecordingFile? File = null, string? Continuation = null)
{
    public static readonly RecordingOpening NotFound = new(RecordingOutcome.NotFound);
    public static readonly RecordingOpening Forbidden = new(RecordingOutcome.Forbidden);
}
