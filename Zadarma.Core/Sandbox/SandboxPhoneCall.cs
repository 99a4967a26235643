using Zadarma.Core.Calls;

namespace Zadarma.Core.Sandbox;

/// <summary>
/// A call on a browser phone, as the sandbox plays it: the tasks complete when the agent answers or declines it and
/// when it ends. Its state changes only through its <see cref="SandboxPhoneLine"/>, which tells every open widget.
/// </summary>
public sealed class SandboxPhoneCall
{
    private readonly TaskCompletionSource<bool> _pickedUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SandboxPhoneCallEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal SandboxPhoneCall(string id, CallDirection direction, string number, SandboxPhoneStatus status)
    {
        (Id, Direction, Number, Status) = (id, direction, number, status);
    }

    /// <summary>The call's <c>pbx_call_id</c>.</summary>
    public string Id { get; }

    public CallDirection Direction { get; }

    /// <summary>The other side, in digits.</summary>
    public string Number { get; }

    /// <summary>Changed under the line's lock only.</summary>
    internal SandboxPhoneStatus Status { get; set; }

    internal DateTimeOffset? TalkingSince { get; set; }

    /// <summary>An incoming call's answer (true) or refusal (false); false too when it rang out or the phone went away.</summary>
    public Task<bool> PickedUp => _pickedUp.Task;

    public Task<SandboxPhoneCallEnd> Ended => _ended.Task;

    internal SandboxPhoneState State => new(Status, Id, Direction, Number);

    internal void Answered() => _pickedUp.TrySetResult(true);

    internal void End(SandboxPhoneCallEnd end)
    {
        _pickedUp.TrySetResult(end.Outcome == SandboxPhoneOutcome.Answered);
        _ended.TrySetResult(end);
    }
}

/// <summary>How a browser phone's call ended and how long the two sides talked.</summary>
public sealed record SandboxPhoneCallEnd(SandboxPhoneOutcome Outcome, int TalkSeconds);
