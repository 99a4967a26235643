namespace Zadarma.Core.Calls;

/// <summary>
/// How a call ended, as the PBX reports it. Ordered by precedence: when two end notifications disagree
/// (a callback reports both legs), the higher one wins, so "answered" beats "busy" whichever came first.
/// </summary>
public enum CallDisposition
{
    None = 0,
    Other,
    Failed,
    NoMoney,
    UnallocatedNumber,
    NoLimit,
    NoDayLimit,
    LineLimit,
    NoMoneyNoLimit,
    Cancel,
    NoAnswer,
    Busy,
    Answered,
}

public static class CallDispositions
{
    /// <summary>Reads the wire value; anything new is <see cref="CallDisposition.Other"/> and kept verbatim beside it.</summary>
    public static CallDisposition Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => CallDisposition.None,
        "answered" => CallDisposition.Answered,
        "busy" => CallDisposition.Busy,
        "cancel" => CallDisposition.Cancel,
        "no answer" => CallDisposition.NoAnswer,
        "failed" or "call failed" => CallDisposition.Failed,
        "no money" => CallDisposition.NoMoney,
        "unallocated number" => CallDisposition.UnallocatedNumber,
        "no limit" => CallDisposition.NoLimit,
        "no day limit" => CallDisposition.NoDayLimit,
        "line limit" => CallDisposition.LineLimit,
        "no money, no limit" => CallDisposition.NoMoneyNoLimit,
        _ => CallDisposition.Other,
    };
}
