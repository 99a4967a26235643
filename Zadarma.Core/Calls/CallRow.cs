namespace Zadarma.Core.Calls;

/// <summary>A call as the journal shows it, with names resolved for reading.</summary>
public sealed record CallRow(
    int Id,
    string PbxCallId,
    CallDirection Direction,
    DateTime? StartUtc,
    string? Number,
    bool IsAnonymous,
    IReadOnlyList<CallParty> Clients,
    IReadOnlyList<CallParty> Managers,
    IReadOnlyList<string> Extensions,
    string? AnsweredBy,
    CallParty? AnsweredByEmployee,
    CallDisposition Disposition,
    string? DispositionRaw,
    int? StatusCode,
    int? WaitSeconds,
    int? TalkSeconds,
    bool IsEnded,
    bool IsRecorded,
    IReadOnlyList<string> RecordingIds,
    string? Note)
{
    public bool IsMissed => Direction == CallDirection.Incoming && IsEnded && AnsweredBy is null && Disposition != CallDisposition.Answered;

    public bool IsAnswered => AnsweredBy is not null || Disposition == CallDisposition.Answered;
}

/// <summary>A client or an employee named on a call.</summary>
public sealed record CallParty(int Id, string Name);
