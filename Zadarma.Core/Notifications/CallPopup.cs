using Zadarma.Core.Calls;

namespace Zadarma.Core.Notifications;

/// <summary>What an agent's screen shows about a live call: who is calling, who looks after them, how it goes.</summary>
public sealed record CallPopup(
    int CallId,
    string PbxCallId,
    CallDirection Direction,
    string? Number,
    bool IsAnonymous,
    IReadOnlyList<PopupClient> Clients,
    CallPopupState State,
    string? AnsweredBy,
    CallDisposition Disposition,
    string? DispositionRaw,
    int? TalkSeconds,
    IReadOnlyList<PastCall> RecentCalls,
    string? Note,
    DateTime? StartUtc)
{
    public bool IsUnknownCaller => !IsAnonymous && Number is not null && Clients.Count == 0;
}

public enum CallPopupState
{
    Ringing,
    Answered,
    Ended,
}

/// <summary>A client the number belongs to, with their responsible manager.</summary>
public sealed record PopupClient(int Id, string Name, string? Company, string? ManagerName);

/// <summary>An earlier call with the same number and how it went; <c>AnsweredBy</c> is the employee, or the extension when it maps to none.</summary>
public sealed record PastCall(int CallId, DateTime? StartUtc, CallDirection Direction, CallDisposition Disposition, bool Answered, string? AnsweredBy);
