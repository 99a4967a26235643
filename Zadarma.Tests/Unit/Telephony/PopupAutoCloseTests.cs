using Zadarma.Blazor.Components.Telephony;

namespace Zadarma.Tests.Unit.Telephony;

public sealed class PopupAutoCloseTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task An_ended_popup_closes_itself_once_it_has_lingered()
    {
        var closed = 0;
        using var autoClose = new PopupAutoClose(Short, () => false, () => { closed++; return Task.CompletedTask; });

        autoClose.Start();
        autoClose.Start();
        await autoClose.Running;

        Assert.Equal(1, closed);
    }

    [Fact]
    public async Task It_waits_while_the_agent_holds_it_and_closes_after()
    {
        var held = true;
        var closed = false;
        using var autoClose = new PopupAutoClose(Short, () => Volatile.Read(ref held), () => { closed = true; return Task.CompletedTask; });

        autoClose.Start();
        await Task.Delay(Short * 5);
        Assert.False(closed);
        Volatile.Write(ref held, false);

        await autoClose.Running.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(closed);
    }

    [Fact]
    public async Task Disposing_at_any_moment_stops_it_without_an_exception()
    {
        // Held throughout, so the countdown restarts over and over; a dispose lands between two rounds sooner or later.
        for (var i = 0; i < 200; i++)
        {
            var closed = false;
            var autoClose = new PopupAutoClose(TimeSpan.Zero, () => true, () => { closed = true; return Task.CompletedTask; });
            autoClose.Start();
            await Task.Delay(i % 3);
            autoClose.Dispose();

            await autoClose.Running.WaitAsync(TimeSpan.FromSeconds(5));
            Assert.False(closed);
        }
    }

    [Fact]
    public async Task A_popup_closed_by_hand_is_not_closed_again()
    {
        var closed = false;
        var autoClose = new PopupAutoClose(TimeSpan.FromMilliseconds(200), () => false, () => { closed = true; return Task.CompletedTask; });
        autoClose.Start();

        autoClose.Dispose();
        autoClose.Start();
        await autoClose.Running;
        await Task.Delay(300);

        Assert.False(closed);
    }
}
