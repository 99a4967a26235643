namespace Zadarma.Core.Calls;

/// <summary>
/// How a call ended in the words people use, each standing for a set of the PBX's dispositions. Missed is about the
/// caller: an incoming call nobody took, whichever code the PBX gave it; the others read the code of a call not answered.
/// </summary>
public enum CallOutcome
{
    All,
    Answered,

    /// <summary>Incoming, ended, and nobody answered.</summary>
    Missed,
    NoAnswer,
    Busy,
    Cancelled,
    Failed,

    /// <summary>Not put through because of the account: its balance or one of its limits.</summary>
    AccountLimit,
    InProgress,
}

public static class CallOutcomes
{
    /// <summary>The outcomes the Result filter offers, in the order people look for them.</summary>
    public static IReadOnlyList<CallOutcome> Choices { get; } = Enum.GetValues<CallOutcome>();

    /// <summary>The dispositions an unanswered call of this outcome ended with; empty for outcomes not read from the code.</summary>
    public static IReadOnlyList<CallDisposition> Dispositions(CallOutcome outcome) => outcome switch
    {
        CallOutcome.NoAnswer => [CallDisposition.NoAnswer],
        CallOutcome.Busy => [CallDisposition.Busy],
        CallOutcome.Cancelled => [CallDisposition.Cancel],
        // A code this version does not know is a call that did not go through, kept verbatim beside it.
        CallOutcome.Failed => [CallDisposition.Failed, CallDisposition.UnallocatedNumber, CallDisposition.Other],
        CallOutcome.AccountLimit =>
        [
            CallDisposition.NoMoney, CallDisposition.NoLimit, CallDisposition.NoDayLimit, CallDisposition.LineLimit,
            CallDisposition.NoMoneyNoLimit,
        ],
        _ => [],
    };
}
