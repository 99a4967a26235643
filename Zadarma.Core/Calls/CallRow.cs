namespace Zadarma.Core.Calls;

/// <summary>A call as the journal shows it, with names resolved for reading.</summary>
/// <param name="Managers">Who is to call back or follow up: the managers the call was routed to, as it was then.</param>
public sealed record CallRow(
    int Id,
    string PbxCallId,
    CallDirection Direction,
    DateTime? StartUtc,
    string? Number,
    bool IsAnonymous,
    IReadOnlyList<CallClient> Clients,
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

/// <summary>A client the call was with, and the employee responsible for that client now.</summary>
public sealed record CallClient(int Id, string Name, CallParty? Manager);
