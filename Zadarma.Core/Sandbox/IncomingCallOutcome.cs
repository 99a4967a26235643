namespace Zadarma.Core.Sandbox;

/// <summary>How a simulated incoming call ends.</summary>
public enum IncomingCallOutcome
{
    /// <summary>The first extension answers; the call is recorded.</summary>
    Answered,

    /// <summary>Nobody answers: disposition <c>no answer</c>.</summary>
    Missed,

    /// <summary>The extension is busy: disposition <c>busy</c>.</summary>
    Busy,
}
