using System.Text.Json.Serialization;
using Zadarma.Core.Calls;

namespace Zadarma.Core.Sandbox;

/// <summary>What a browser phone shows, as the sandbox tells it; sent to the stand-in widget as JSON.</summary>
/// <param name="Number">The other side, in digits as Zadarma writes them.</param>
/// <param name="Outcome">How the call ended, once <paramref name="Status"/> is <see cref="SandboxPhoneStatus.Ended"/>.</param>
public sealed record SandboxPhoneState(
    SandboxPhoneStatus Status,
    string? Call = null,
    [property: JsonConverter(typeof(JsonStringEnumConverter<CallDirection>))] CallDirection? Direction = null,
    string? Number = null,
    SandboxPhoneOutcome? Outcome = null)
{
    public static readonly SandboxPhoneState Idle = new(SandboxPhoneStatus.Idle);
}

[JsonConverter(typeof(JsonStringEnumConverter<SandboxPhoneStatus>))]
public enum SandboxPhoneStatus
{
    Idle,

    /// <summary>An incoming call waits for the agent to answer or decline it.</summary>
    Ringing,

    /// <summary>An outgoing call waits for the other side to answer.</summary>
    Dialling,

    Talking,

    Ended,
}

/// <summary>How a browser phone's call ended, from the agent's side.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SandboxPhoneOutcome>))]
public enum SandboxPhoneOutcome
{
    /// <summary>Talked, then someone hung up.</summary>
    Answered,

    /// <summary>The agent refused the incoming call.</summary>
    Declined,

    /// <summary>The incoming call rang out unanswered, or the phone went away while it rang.</summary>
    Missed,

    /// <summary>The agent hung up an outgoing call before the other side answered.</summary>
    Cancelled,

    /// <summary>The phone was already on a call.</summary>
    Busy,
}
