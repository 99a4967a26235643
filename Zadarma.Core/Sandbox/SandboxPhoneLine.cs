using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Zadarma.Core.Calls;

namespace Zadarma.Core.Sandbox;

/// <summary>
/// One extension's browser phone. Every open stand-in widget signed in with the extension's SIP login listens here, and
/// all of them ring, as several registrations of one SIP account do; whichever the agent uses answers, declines or hangs
/// up. One call at a time: another one finds the line busy. When the last widget goes away, its call goes with it.
/// </summary>
public sealed class SandboxPhoneLine(int extension, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly List<Channel<SandboxPhoneState>> _listeners = [];
    private SandboxPhoneCall? _call;
    private SandboxPhoneState _state = SandboxPhoneState.Idle;

    public int Extension => extension;

    public bool IsOnline
    {
        get { lock (_gate) return _listeners.Count > 0; }
    }

    public SandboxPhoneState State
    {
        get { lock (_gate) return _state; }
    }

    /// <summary>The phone's state now, then every change, until <paramref name="ct"/> ends the listening.</summary>
    public async IAsyncEnumerable<SandboxPhoneState> ListenAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<SandboxPhoneState>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _listeners.Add(channel);
            channel.Writer.TryWrite(_state);
        }
        try
        {
            while (await WaitAsync(channel.Reader, ct))
            {
                while (channel.Reader.TryRead(out var state))
                    yield return state;
            }
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
                if (_listeners.Count == 0 && _call is { } call)
                    EndLocked(call, call.Status switch
                    {
                        SandboxPhoneStatus.Ringing => SandboxPhoneOutcome.Missed,
                        SandboxPhoneStatus.Dialling => SandboxPhoneOutcome.Cancelled,
                        _ => SandboxPhoneOutcome.Answered,
                    });
            }
        }
    }

    // Stopping to listen is the normal end of a widget's stream, not an error.
    private static async Task<bool> WaitAsync(ChannelReader<SandboxPhoneState> reader, CancellationToken ct)
    {
        try
        {
            return await reader.WaitToReadAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Rings the widgets with an incoming call; null when no widget is open or the line is on another call.</summary>
    public SandboxPhoneCall? Ring(string callId, string number) =>
        Start(new SandboxPhoneCall(callId, CallDirection.Incoming, number, SandboxPhoneStatus.Ringing));

    /// <summary>An outgoing call the agent placed; null when the line is on another call.</summary>
    public SandboxPhoneCall? Dial(string callId, string number) =>
        Start(new SandboxPhoneCall(callId, CallDirection.Outgoing, number, SandboxPhoneStatus.Dialling));

    private SandboxPhoneCall? Start(SandboxPhoneCall call)
    {
        lock (_gate)
        {
            if (_call is not null || _listeners.Count == 0)
                return null;
            _call = call;
            PublishLocked(call.State);
            return call;
        }
    }

    /// <summary>The agent answers the ringing call.</summary>
    public bool Answer(string callId) => Change(callId, SandboxPhoneStatus.Ringing, call =>
    {
        Talk(call);
        call.Answered();
    });

    /// <summary>The agent refuses the ringing call.</summary>
    public bool Decline(string callId) => Change(callId, SandboxPhoneStatus.Ringing, call => EndLocked(call, SandboxPhoneOutcome.Declined));

    /// <summary>The agent hangs up: an outgoing call not yet answered is cancelled; a conversation ends.</summary>
    public bool HangUp(string callId) =>
        Change(callId, SandboxPhoneStatus.Dialling, call => EndLocked(call, SandboxPhoneOutcome.Cancelled))
        || Change(callId, SandboxPhoneStatus.Talking, call => EndLocked(call, SandboxPhoneOutcome.Answered));

    /// <summary>The other side answered the outgoing call.</summary>
    public bool Connect(SandboxPhoneCall call) => Change(call.Id, SandboxPhoneStatus.Dialling, Talk);

    /// <summary>Nobody answered the incoming call in time.</summary>
    public bool RingOut(SandboxPhoneCall call) => Change(call.Id, SandboxPhoneStatus.Ringing, c => EndLocked(c, SandboxPhoneOutcome.Missed));

    private bool Change(string callId, SandboxPhoneStatus from, Action<SandboxPhoneCall> change)
    {
        lock (_gate)
        {
            if (_call is not { } call || call.Id != callId || call.Status != from)
                return false;
            change(call);
            return true;
        }
    }

    private void Talk(SandboxPhoneCall call)
    {
        call.Status = SandboxPhoneStatus.Talking;
        call.TalkingSince = clock.GetUtcNow();
        PublishLocked(call.State);
    }

    private void EndLocked(SandboxPhoneCall call, SandboxPhoneOutcome outcome)
    {
        var talked = call.TalkingSince is { } since ? (int)Math.Max(0, (clock.GetUtcNow() - since).TotalSeconds) : 0;
        call.Status = SandboxPhoneStatus.Ended;
        _call = null;
        PublishLocked(call.State with { Outcome = outcome });
        call.End(new SandboxPhoneCallEnd(outcome, talked));
    }

    private void PublishLocked(SandboxPhoneState state)
    {
        _state = state;
        foreach (var listener in _listeners)
            listener.Writer.TryWrite(state);
    }
}
