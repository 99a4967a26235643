using Zadarma.Core.Calls;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Sandbox;

/// <summary>One extension's browser phone: what its open widgets hear, and which of the agent's actions count when.</summary>
public sealed class SandboxPhoneLineTests
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));
    private readonly SandboxPhoneLine _line;

    public SandboxPhoneLineTests() => _line = new SandboxPhoneLine(100, _clock);

    /// <summary>An open widget: the states it has heard so far, until disposed.</summary>
    private sealed class Widget : IDisposable
    {
        private readonly CancellationTokenSource _open = new();
        private readonly List<SandboxPhoneState> _heard = [];
        private readonly Task _listening;

        public Widget(SandboxPhoneLine line) => _listening = Task.Run(async () =>
        {
            await foreach (var state in line.ListenAsync(_open.Token))
                lock (_heard) _heard.Add(state);
        });

        public IReadOnlyList<SandboxPhoneStatus> Heard
        {
            get { lock (_heard) return _heard.Select(s => s.Status).ToList(); }
        }

        public Task HeardAsync(params SandboxPhoneStatus[] states) =>
            Eventually.HoldsAsync(() => Heard.SequenceEqual(states), $"the widget heard {string.Join(", ", states)}");

        public void Dispose()
        {
            _open.Cancel();
            _listening.Wait(TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public void Without_an_open_widget_nothing_rings()
    {
        Assert.False(_line.IsOnline);
        Assert.Null(_line.Ring("in_1", "79991234567"));
    }

    [Fact]
    public async Task Every_open_widget_hears_the_call_and_the_talk_time_is_measured_from_the_answer()
    {
        using var first = new Widget(_line);
        using var second = new Widget(_line);
        await first.HeardAsync(SandboxPhoneStatus.Idle);
        await second.HeardAsync(SandboxPhoneStatus.Idle);

        var call = _line.Ring("in_1", "79991234567")!;
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True(_line.Answer("in_1"));
        _clock.Advance(TimeSpan.FromSeconds(42));
        Assert.True(_line.HangUp("in_1"));

        Assert.True(await call.PickedUp);
        Assert.Equal(new SandboxPhoneCallEnd(SandboxPhoneOutcome.Answered, 42), await call.Ended);
        SandboxPhoneStatus[] heard = [SandboxPhoneStatus.Idle, SandboxPhoneStatus.Ringing, SandboxPhoneStatus.Talking, SandboxPhoneStatus.Ended];
        await first.HeardAsync(heard);
        await second.HeardAsync(heard);
        Assert.Equal(SandboxPhoneOutcome.Answered, _line.State.Outcome);
    }

    [Fact]
    public async Task Actions_count_only_for_the_call_and_in_the_state_they_belong_to()
    {
        using var widget = new Widget(_line);
        await widget.HeardAsync(SandboxPhoneStatus.Idle);
        var call = _line.Ring("in_1", "79991234567")!;

        Assert.Null(_line.Dial("out_2", "79120001122"));
        Assert.False(_line.Answer("in_other"));
        Assert.False(_line.HangUp("in_1"));
        Assert.True(_line.Decline("in_1"));
        Assert.False(_line.Answer("in_1"));

        Assert.False(await call.PickedUp);
        Assert.Equal(SandboxPhoneOutcome.Declined, (await call.Ended).Outcome);
        var dialled = _line.Dial("out_2", "79120001122")!;
        Assert.Equal(CallDirection.Outgoing, dialled.Direction);
        Assert.False(_line.Answer("out_2"));
        Assert.True(_line.Connect(dialled));
        Assert.True(_line.HangUp("out_2"));
        Assert.Equal(SandboxPhoneOutcome.Answered, (await dialled.Ended).Outcome);
    }

    [Fact]
    public async Task A_call_rings_out_unless_answered_and_one_hung_up_while_dialling_is_cancelled()
    {
        using var widget = new Widget(_line);
        await widget.HeardAsync(SandboxPhoneStatus.Idle);

        var missed = _line.Ring("in_1", "79991234567")!;
        Assert.True(_line.RingOut(missed));
        Assert.Equal(SandboxPhoneOutcome.Missed, (await missed.Ended).Outcome);

        var cancelled = _line.Dial("out_2", "79120001122")!;
        Assert.True(_line.HangUp("out_2"));
        Assert.False(_line.Connect(cancelled));
        Assert.Equal(new SandboxPhoneCallEnd(SandboxPhoneOutcome.Cancelled, 0), await cancelled.Ended);
    }

    [Fact]
    public async Task When_the_last_widget_goes_away_its_call_goes_with_it()
    {
        var first = new Widget(_line);
        var second = new Widget(_line);
        await first.HeardAsync(SandboxPhoneStatus.Idle);
        await second.HeardAsync(SandboxPhoneStatus.Idle);
        var ringing = _line.Ring("in_1", "79991234567")!;

        first.Dispose();
        Assert.True(_line.IsOnline);
        Assert.False(ringing.Ended.IsCompleted);
        second.Dispose();

        Assert.Equal(SandboxPhoneOutcome.Missed, (await ringing.Ended.WaitAsync(TimeSpan.FromSeconds(5))).Outcome);
        Assert.False(_line.IsOnline);
    }
}
