namespace Zadarma.Core.Recordings;

/// <summary>Which calls one listener may hear, worked out once so that a page of calls needs no query per call.</summary>
public sealed record RecordingPermission(bool AllCalls, int? OwnEmployeeId)
{
    public static readonly RecordingPermission Everything = new(true, null);
    public static readonly RecordingPermission Nothing = new(false, null);

    /// <param name="answeredByEmployeeId">The employee who answered the call, as the journal keeps it.</param>
    public bool Covers(int? answeredByEmployeeId) => AllCalls || OwnEmployeeId is not null && answeredByEmployeeId == OwnEmployeeId;
}
