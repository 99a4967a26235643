namespace Zadarma.Core.Recordings;

/// <summary>Which calls one listener may hear, worked out once so that a page of calls needs no query per call.</summary>
public sealed record RecordingPermission(bool AllCalls, string? OwnExtension)
{
    public static readonly RecordingPermission Everything = new(true, null);
    public static readonly RecordingPermission Nothing = new(false, null);

    /// <param name="answeredBy">The extension that answered the call, if any.</param>
    public bool Covers(string? answeredBy) => AllCalls || OwnExtension is not null && answeredBy == OwnExtension;
}
