using Zadarma.Core.Telephony;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Telephony;

public sealed class PendingCallbacksTests
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_double_click_dials_once()
    {
        var pending = new PendingCallbacks(_clock);
        Assert.True(pending.TryStart(1, "+79991234567"));
        Assert.False(pending.TryStart(1, "+79991234567"));
        // Another agent, or another number, is another call.
        Assert.True(pending.TryStart(2, "+79991234567"));
        Assert.True(pending.TryStart(1, "+48601234567"));
    }

    [Fact]
    public void The_same_number_can_be_called_again_after_a_while()
    {
        var pending = new PendingCallbacks(_clock);
        pending.TryStart(1, "+79991234567");
        _clock.Advance(PendingCallbacks.DoubleClickWindow);
        Assert.True(pending.TryStart(1, "+79991234567"));
    }

    [Fact]
    public void A_refused_request_can_be_retried_at_once()
    {
        var pending = new PendingCallbacks(_clock);
        pending.TryStart(1, "+79991234567");
        pending.Forget(1, "+79991234567");
        Assert.True(pending.TryStart(1, "+79991234567"));
    }

    [Fact]
    public void Concurrent_clicks_start_exactly_one_call()
    {
        var pending = new PendingCallbacks(_clock);
        var started = 0;
        Parallel.For(0, 1000, _ =>
        {
            if (pending.TryStart(1, "+79991234567"))
                Interlocked.Increment(ref started);
        });
        Assert.Equal(1, started);
    }
}
